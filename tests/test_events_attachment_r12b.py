"""Who was helped, round r12b, on sentences written for the test (not the own held-out or PLOVER
sentences whose misses prompted the class): help for people who name no state goes to the state
they are in even when the people were already taken as the target."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

from realpolitik.events.arguments import only_people_helped
from realpolitik.model import ActorMention

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "helper", "helped"),
    [
        ("Japan pledged medical supplies for civilians wounded in the fighting in Sudan.", "JPN",
         "SDN"),
        ("Austria pledged relief supplies for families made homeless by the floods in Slovenia.",
         "AUT", "SVN"),
    ],
)  # fmt: skip
def test_events_r12b_people_helped_taken_as_target_give_way_to_their_state(
    resources, text, helper, helped
):
    events = pipeline_events(text, resources)
    help_act = next(e for e in events if e.plover_type in {"AID", "AGREE"})
    assert {a.country for a in help_act.source} == {helper}
    assert {a.country for a in help_act.target} == {helped}, help_act.target


def _mention(name: str, country: str | None, how: str) -> ActorMention:
    return ActorMention("d", 0, len(name), name, f"new:{name}", name, country, "CVL", None, how)


def test_events_r12b_only_people_helped_with_no_state_of_their_own_count():
    assert only_people_helped([])
    assert only_people_helped([_mention("civilians", None, "generic")])
    assert only_people_helped([_mention("families", "JPN", "generic+context")])
    # people a state names as its own ("Syrian refugees") keep their state
    assert not only_people_helped([_mention("Syrian refugees", "SYR", "generic")])
    assert not only_people_helped([_mention("doctors", None, "generic")])
