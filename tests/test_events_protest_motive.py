"""The "protest" of "in protest at X" on a cut in relations is the cut's motive, no protest of its
own (framing.protest_motive_of, lead stop 58)."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Lesotho recalled its high commissioner from Pretoria in protest at the deportations.",
        "Vanuatu suspended fishing licences for Chinese trawlers in protest over the incursions.",
    ],
)
def test_a_state_act_done_in_protest_is_no_protest_event(text, resources):
    events = pipeline_events(text, resources)
    assert events and "PROTEST" not in [e.plover_type for e in events]
    assert "Peaceful protest" not in [e.acled_sub_event_type for e in events]


def test_a_protest_told_only_by_the_phrase_stays(resources):
    # guard: with no act of its own on the verb, the phrase tells the protest
    text = "Market traders in Zomba stayed at home on Monday in protest against the new levy."
    assert "PROTEST" in [e.plover_type for e in pipeline_events(text, resources)]

