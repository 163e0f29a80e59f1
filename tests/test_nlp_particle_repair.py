"""A phrasal verb's particle the parser read as a count's modifier (`nlp.particle_repair`):
"handed over 14 migrants" (lead, stop 65; probe sentences written as wire text, these are
others). "Over" as "more than" before a number stays the count's."""

from __future__ import annotations

import pytest
from event_helpers import event_on, pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Kenyan police turned over 40 Ethiopian migrants to Ethiopian officials in Moyale.",
         "turned"),
        ("Tribal elders turned over 6 suspects to the provincial police in Khost.", "turned"),
        ("The navy turned over 8 Somali pirates to Kenyan prosecutors in Mombasa.", "turned"),
    ],
)  # fmt: skip
def test_a_particle_before_a_number_is_the_verbs(nlp, text, verb):
    doc = nlp(text)
    head = next(t for t in doc if t.lower_ == verb)
    assert [c.lower_ for c in head.children if c.dep_ == "prt"] == ["over"]


def test_a_hand_over_before_a_number_is_read_with_its_particle(resources):
    text = "Malian soldiers turned over 30 detainees to the gendarmerie in Mopti on Friday."
    assert event_on(pipeline_events(text, resources), "turned").trigger == "turned over"


def test_over_as_more_than_stays_on_the_number(nlp):
    doc = nlp("Floods killed over 40 people in the north, officials said.")
    over = next(t for t in doc if t.lower_ == "over")
    assert over.dep_ != "prt"
