"""Paying that gives nothing is no event: "paid a heavy price", "paid no heed", "paid their
respects" (stop 38, reviewing round r16's default row "pay" = AID, which money paid for another's
costs keeps). Sentences written for the test."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The militia paid a heavy price for its raid on the border town.",
        "Ministers paid no heed to the warnings from the weather office.",
        "Delegates paid their respects to the victims of the ferry disaster.",
    ],
)
def test_events_idioms_of_paying_are_no_aid(resources, text):
    assert not [e for e in pipeline_events(text, resources) if e.trigger.startswith("paid")]


def test_events_paying_for_anothers_costs_is_still_aid(resources):
    text = "The European Union paid for the repair of the water plant in Mosul last year."
    types = {e.plover_type for e in pipeline_events(text, resources) if e.trigger.startswith("paid")}
    assert types == {"AID"}
