"""Round r43 (fuse42): two reports that state the same single day and name the same town may
name one party by two group nouns of one state and sector ("two young men" / "two youths",
"hawkers" / "street vendors"), as two readings of one sentence may (`cluster.MentionCluster.
_same_day_and_town`, feeding `actor_match.match_strength(..., groups_alike=True)`). Before, the
two nouns' ids conflicted and one shooting stayed two events (fusion_own37 tune). Every sentence
is made up for the test (made-up names, real places)."""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import analysed_mentions, fused_event_with_mention

from realpolitik.fusion import fuse_events

DAY = date(2033, 5, 17)  # a Tuesday; "on Saturday" is 2033-05-14


def _events(resources, texts: dict[str, str]):
    return fuse_events(analysed_mentions(resources, texts, DAY))


def _joined(events, first: str, second: str) -> bool:
    return fused_event_with_mention(events, first) is fused_event_with_mention(events, second)


@pytest.mark.parametrize(
    ("a", "b", "first", "second"),
    [
        ("Troops shot dead two young men in Bawku on Saturday, a nurse said.",
         "Soldiers killed two youths at a market in Bawku on Saturday, a local chief said.",
         "shot", "killed"),
        ("Police beat hawkers in Kumasi's central market on Saturday, witnesses said.",
         "Officers assaulted street vendors in Kumasi on Saturday, a union said.",
         "beat", "assaulted"),
    ],
)
def test_two_group_nouns_of_one_day_and_town_are_one_party(resources, a, b, first, second):
    assert _joined(_events(resources, {"a": a, "b": b}), first, second)


def test_group_nouns_of_other_sectors_stay_apart(resources) -> None:
    # guard: farmers and traders (two sectors) are not one party, whatever the day and town
    a = "Gunmen shot two farmers in Bawku on Saturday, a nurse said."
    b = "Gunmen wounded two traders in Bawku on Saturday, a chief said."
    assert not _joined(_events(resources, {"a": a, "b": b}), "shot", "wounded")
