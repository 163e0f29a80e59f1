"""Round r47 (fuse46): a crowd and the people it is made of. A crowd's "of" phrase names its
members, who stand where it does: "fired tear gas at a crowd of farmers in Kindia" is in Kindia,
though the parse hangs the town on the members, one step past the place walk's depth
(`places.locate.sentence.attached`, `CROWD_NOUNS`); before, such acts had no place. And "a
crowd" of a state names no kind of people, so it may be any group noun of that state told by
another report ("opposition supporters"; `fusion.actor_match.match_strength`,
`CROWD_NOUN_IDS`); before, the crowd's civilian sector conflicted with the other's and one
shooting stayed two events (fusion_own41 tune). Every sentence is made up for the test
(made-up people, real places)."""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import analysed_mentions

from realpolitik.fusion import fuse_events

DAY = date(2033, 5, 17)  # a Tuesday; "on Monday" is 2033-05-16


def _place_of(resources, text: str, trigger: str) -> str | None:
    hits = [m for m in analysed_mentions(resources, {"a": text}, DAY) if m.trigger == trigger]
    assert hits, text
    return hits[0].location.name if hits[0].location else None


@pytest.mark.parametrize(
    ("text", "trigger", "town"),
    [
        ("Troops fired on a crowd of farmers in Sokode on Monday, a nurse said.", "fired",
         "Sokodé"),
        ("Police fired tear gas at a group of students in Mopti on Monday.", "fired", "Mopti"),
    ],
)  # fmt: skip
def test_a_crowds_members_place_is_the_acts(resources, text, trigger, town):
    assert _place_of(resources, text, trigger) == town


def test_a_crowd_with_no_place_stays_unplaced(resources):
    text = "Police fired tear gas at a crowd of farmers on Monday, a trader said."
    assert _place_of(resources, text, "fired") is None


@pytest.mark.parametrize(
    ("a", "b", "trigger"),
    [
        ("Soldiers beat a crowd in Bouake on Monday, a nurse said.",
         "Troops beat opposition supporters in Bouake on Monday, a doctor said.", "beat"),
        ("Police fired tear gas at a crowd in Kankan on Monday, a trader said.",
         "Officers fired tear gas at opposition supporters in Kankan on Monday.", "fired"),
    ],
)  # fmt: skip
def test_a_crowd_and_a_group_of_its_state_are_one_party(resources, a, b, trigger):
    events = fuse_events(analysed_mentions(resources, {"a": a, "b": b}, DAY))
    hits = [e for e in events if any(m.trigger == trigger for m in e.mentions)]
    assert len(hits) == 1


def test_a_crowd_in_another_town_stays_apart(resources):
    a = "Police fired tear gas at a crowd in Kindia on Monday, a trader said."
    b = "Officers fired tear gas at students in Kankan on Monday, their union said."
    events = fuse_events(analysed_mentions(resources, {"a": a, "b": b}, DAY))
    hits = [e for e in events if any(m.trigger == "fired" for m in e.mentions)]
    assert len(hits) == 2
