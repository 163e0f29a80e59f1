"""Coming home from a visit, a trip, talks or a summit is travel, no return of people or ground
(`own_triggers.tsv` nonevent rows "return from ..."), and who came back made the visit or held
the talks (`arguments._travelled_back_from`). Lead, stop 66; probe sentences written as wire
text, these are others."""

from __future__ import annotations

import pytest
from event_helpers import event_on, pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "noun", "source"),
    [
        ("Nepal's prime minister returned from a three-day visit to China on Sunday.", "visit",
         "NPL.GOV"),
        ("Kazakhstan's foreign minister returned from talks in Beijing on Thursday.", "talks",
         "KAZ.GOV"),
        ("Chile's president returned from the regional summit in Quito late on Friday.", "summit",
         "CHL.GOV"),
    ],
)  # fmt: skip
def test_coming_back_from_travel_is_no_return_and_the_traveller_made_it(
    resources, text, noun, source
):
    events = pipeline_events(text, resources)
    assert not [e for e in events if e.trigger.startswith("returned")]
    assert [a.actor_id for a in event_on(events, noun).source] == [source]


@pytest.mark.parametrize(
    "text",
    [
        "The militia returned three seized lorries to the aid agency in Bentiu.",
        "Thousands of refugees returned from camps in Chad to their villages in Darfur.",
    ],
)
def test_returning_goods_or_people_home_stays_a_return(resources, text):
    assert event_on(pipeline_events(text, resources), "returned").plover_type == "RETREAT"
