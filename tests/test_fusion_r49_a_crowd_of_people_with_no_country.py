"""Round r49 (fuse48): "a crowd" told by one report and a kind of people by another, neither
given a country, on one stated day in one town, are one party. Round r47 let "a crowd" of a
state match any group noun of that state (`fusion.actor_match.match_strength`, `CROWD_NOUN_IDS`),
but a group noun with no country is no evidence (`is_uninformative`), so the report naming a
crowd met only happenings with no participants, and was blocked apart from them: "Young men set
fire to the offices of ... " / "A crowd of young men set fire to ..." (fusion_own43 tune) were
two events. Now such two nouns count as a title before a name does (`_names_match`, with
`groups_alike`: two reports of one stated day and one town, `cluster.MentionCluster.
_same_day_and_town`), and a group noun with no country is indexed by its town
(`fusion.events._block_keys`). Every sentence is made up for the test (made-up people, real
places); the two wordings failed before."""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import analysed_mentions

from realpolitik.fusion import fuse_events

DAY = date(2033, 5, 18)  # a Wednesday; "on Monday" is 2033-05-16


def _events_of(resources, a: str, b: str, trigger: str):
    events = fuse_events(analysed_mentions(resources, {"a": a, "b": b}, DAY))
    return [e for e in events if any(m.trigger == trigger for m in e.mentions)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Young men set fire to the offices of the tax authority in Korhogo on Monday.",
         "A crowd of young men set fire to a warehouse in Korhogo on Monday."),
        ("Fishermen set fire to the offices of the port authority in Mopti on Monday.",
         "A crowd of fishermen set fire to a warehouse in Mopti on Monday."),
    ],
)  # fmt: skip
def test_a_crowd_and_a_group_noun_of_no_country_are_one_party(resources, a, b):
    assert len(_events_of(resources, a, b, "set fire")) == 1


def test_a_crowd_in_another_town_stays_apart(resources):
    a = "Young men set fire to the offices of the tax authority in Korhogo on Monday."
    b = "A crowd of young men set fire to a warehouse in Ferkessedougou on Monday."
    assert len(_events_of(resources, a, b, "set fire")) == 2


def test_a_crowd_on_another_day_stays_apart(resources):
    a = "Fishermen set fire to the offices of the port authority in Mopti on Monday."
    b = "A crowd of fishermen set fire to a warehouse in Mopti on Tuesday."
    assert len(_events_of(resources, a, b, "set fire")) == 2
