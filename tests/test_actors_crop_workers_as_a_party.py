"""Crop workers named by their work ("pickers", "growers", "tappers", "cane cutters") and
strikers are parties, as the role index's "farmers" and "picketers" are; and a crop opening the
sentence before such a noun ("Cane farmers", "Cotton farmers") is no name of its own, though the
entity tagger reads it as one (lead, stop 68; probe sentences written as wire text, these are
others)."""

from __future__ import annotations

import pytest
from event_helpers import event_on as _on
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "verb", "party"),
    [
        ("Coffee pickers downed tools on the estates near Nyeri on Tuesday.", "downed", "pickers"),
        ("Maize growers marched to the county headquarters in Eldoret on Monday.", "marched",
         "growers"),
        ("Rubber tappers blocked the road to the port of Monrovia for a second day.", "blocked",
         "tappers"),
    ],
)  # fmt: skip
def test_crop_workers_are_the_party_of_their_protest(resources, text, verb, party):
    e = _on(pipeline_events(text, resources), verb)
    assert [m.text.split()[-1] for m in e.source] == [party]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Cotton farmers marched on the regional offices in Sikasso on Thursday.", "marched"),
        ("Sugar farmers blocked the highway outside Mumias, demanding payment.", "blocked"),
    ],
)  # fmt: skip
def test_a_crop_opening_the_sentence_is_part_of_the_group(resources, text, verb):
    e = _on(pipeline_events(text, resources), verb)
    assert [m.text.split()[-1] for m in e.source] == ["farmers"]


def test_strikers_told_in_the_passive_are_the_target(resources):
    text = "The strikers were charged by riot police as they neared the presidency in Lome."
    e = _on(pipeline_events(text, resources), "charged")
    assert [m.text for m in e.target] == ["strikers"]


def test_a_named_group_before_its_members_is_kept(resources):
    # guard: a proper name on a plural noun still names the group
    e = _on(pipeline_events("Wagner fighters attacked a village near Menaka.", resources),
            "attacked")
    assert [m.actor_id for m in e.source] == ["org:wagner_group"]
