"""Forces departing their positions or ground withdraw, as "left" and "quit" the same objects read
(`own_triggers.tsv` "depart" rows); a departure for somewhere keeps CAMEO's reading of a visit.
Lead, stop 66; probe sentences written as wire text, these are others."""

from __future__ import annotations

import pytest
from event_helpers import event_on, pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Turkish soldiers departed the Syrian village of Tal Tamr on Wednesday.",
        "Rebel fighters departed from their positions around the Libyan town of Gharyan.",
    ],
)
def test_forces_departing_ground_withdraw(resources, text):
    assert event_on(pipeline_events(text, resources), "departed").plover_type == "RETREAT"


def test_a_departure_for_a_visit_stays_a_visit(resources):
    text = "Angola's foreign minister departed for Kinshasa on Tuesday for talks on the crisis."
    assert event_on(pipeline_events(text, resources), "departed").plover_type == "CONSULT"
