"""A force's common noun that the tagger marks as an organisation inside a title ("Army chief
General X of <state>", "<state>'s navy chief Admiral X") belongs to the title: the person is
that force's officer of that state. Read as an unknown body of its own, the title lost its
sector and, "army" being a group word, the person his country (lead, stop 70; probe sentences
written as wire text, these are others)."""

from __future__ import annotations

import pytest
from event_helpers import event_on as _on
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "verb", "source"),
    [
        ("Army commander General Thomas Lual of South Sudan accused Sudanese troops of shelling "
         "Renk.", "accused", ("SSD", "MIL")),
        ("Army chief General Samuel Boateng of Ghana accused Togolese smugglers of arming "
         "bandits.", "accused", ("GHA", "MIL")),
    ],
)  # fmt: skip
def test_a_force_noun_in_a_title_gives_the_officer_its_sector(resources, text, verb, source):
    e = _on(pipeline_events(text, resources), verb)
    assert [(m.country, m.sector) for m in e.source] == [source]


def test_a_force_the_knowledge_base_knows_keeps_its_own_reading(resources):
    # guard: a named force of the knowledge base is still the body the title belongs to
    text = "A spokesman of the Sudanese Armed Forces accused the RSF of shelling El Fasher."
    e = _on(pipeline_events(text, resources), "accused")
    assert [(m.country, m.sector) for m in e.source] == [("SDN", "MIL")]
