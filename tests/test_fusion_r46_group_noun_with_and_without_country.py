"""Round r46 (fuse45): one group noun, given a country by one report (its sentence names a
place) and none by another ("a crowd" `new:crowd` / `new:crowd@bol`), may name one party where
both state one day: the bare noun anchors the side as a title does (`actor_match.
same_group_noun`, `cluster.MentionCluster._same_stated_day`), and the two meet in the block
index by the noun (`events._block_keys`). Before, the bare noun was no participant, the
other report's was, and shots fired at one crowd on one stated day stayed two events
(fusion_own40 tune). Every sentence is made up for the test (made-up people, real places)."""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import analysed_mentions

from realpolitik.fusion import fuse_events

DAY = date(2033, 5, 17)  # a Tuesday; "on Monday" is 2033-05-16


@pytest.mark.parametrize(
    ("a", "b", "trigger"),
    [
        ("Police fired rubber bullets at a crowd on Monday, witnesses said.",
         "Officers fired rubber bullets at a crowd in Tarija on Monday, a trader said.", "fired"),
        ("Soldiers beat villagers with sticks on Monday, a nurse said.",
         "Troops beat villagers in Kidal on Monday, a local official said.", "beat"),
        ("Guards shot two fishermen on Monday, a relative said.",
         "Guards shot two fishermen near Mopti on Monday, a trader said.", "shot"),
    ],
)  # fmt: skip
def test_one_group_noun_with_and_without_its_country_is_one_party(resources, a, b, trigger):
    events = fuse_events(analysed_mentions(resources, {"a": a, "b": b}, DAY))
    hits = [e for e in events if any(m.trigger == trigger for m in e.mentions)]
    assert len(hits) == 1


@pytest.mark.parametrize(
    ("a", "b", "trigger"),
    [
        # two group nouns (farmers, traders): two parties, as before
        ("Police fired rubber bullets at farmers on Monday, witnesses said.",
         "Officers fired rubber bullets at traders in Tarija on Monday, a nurse said.", "fired"),
        # one noun on two stated days: two happenings, as before
        ("Guards shot two fishermen on Saturday, a relative said.",
         "Guards shot two fishermen near Mopti on Monday, a trader said.", "shot"),
    ],
)  # fmt: skip
def test_other_nouns_or_other_days_stay_apart(resources, a, b, trigger):
    events = fuse_events(analysed_mentions(resources, {"a": a, "b": b}, DAY))
    hits = [e for e in events if any(m.trigger == trigger for m in e.mentions)]
    assert len(hits) == 2
