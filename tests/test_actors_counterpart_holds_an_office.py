""""his Iraqi counterpart" is the holder of the same office in Iraq: the state's government, or
the sector of the office named before it in the sentence ("the army chief ... his Afghan
counterpart" is Afghanistan's military). It was read as the whole state (lead, stop 69; probe
sentences written as wire text, these are others)."""

from __future__ import annotations

import pytest
from event_helpers import event_on as _on
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "verb", "target"),
    [
        ("Estonia's foreign minister met his Latvian counterpart in Tallinn on Friday to "
         "discuss the power grid.", "met", ("LVA", "GOV")),
        ("The Peruvian president received her Chilean counterpart in Lima on Monday.",
         "received", ("CHL", "GOV")),
        ("India's army chief held talks with his Nepali counterpart in New Delhi on the "
         "border roads.", "held", ("NPL", "MIL")),
    ],
)  # fmt: skip
def test_a_counterpart_holds_the_office_of_the_other_party(resources, text, verb, target):
    e = _on(pipeline_events(text, resources), verb)
    assert [(m.country, m.sector) for m in e.target] == [target]


def test_a_demonym_before_another_noun_keeps_its_reading(resources):
    # guard: "Latvian farmers" are no office holders
    text = "Estonia's foreign minister met Latvian farmers in Tallinn on Friday."
    e = _on(pipeline_events(text, resources), "met")
    assert [m.sector for m in e.target] != ["GOV"]
