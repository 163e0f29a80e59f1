"""Round r45 (fuse44): a city quarter the gazetteer lacks, named by its quarter word ("Kisangani's
Makiso district", "the Lukonga neighbourhood") and placed at its town's point, is in that town:
one report's "in Kisangani's Makiso district" and another's "in Kisangani" may tell one happening
(`compat.quarter_of_town`). Before, the two places were read as two towns and one arson stayed
two events (fusion_own39 tune). Every sentence is made up for the test (made-up people, real
places)."""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import analysed_mentions

from realpolitik.fusion import fuse_events
from realpolitik.fusion.compat import places_compatible
from realpolitik.model import Place

DAY = date(2033, 5, 17)  # a Tuesday; "on Saturday" is 2033-05-14


def _events(resources, texts: dict[str, str]):
    return fuse_events(analysed_mentions(resources, texts, DAY))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Youths set fire to a police station in Kisangani's Makiso district on Saturday, "
         "residents said.",
         "Youths set fire to a police station in Kisangani on Saturday, a priest said."),
        ("Miners blocked the main road in Kananga's Lukonga neighbourhood on Saturday, a chief "
         "said.",
         "Miners blocked the main road in Kananga on Saturday, a priest said."),
    ],
)
def test_a_quarter_and_its_town_are_one_place(resources, a, b):
    events = _events(resources, {"a": a, "b": b})
    trigger = "set fire" if "fire" in a else "blocked"
    joined = [e for e in events if any(m.trigger == trigger for m in e.mentions)]
    assert len(joined) == 1
    assert {m.doc_id for m in joined[0].mentions} == {"a", "b"}


def test_a_quarter_of_another_town_stays_apart(resources) -> None:
    # guard: a quarter of Kisangani is not in Bunia, whatever the day and the act
    a = "Youths set fire to a police station in Kisangani's Makiso district on Saturday, residents said."
    b = "Youths set fire to a police station in Bunia on Saturday, a priest said."
    events = _events(resources, {"a": a, "b": b})
    assert len([e for e in events if any(m.trigger == "set fire" for m in e.mentions)]) == 2


def test_a_place_with_no_quarter_word_stays_apart_from_its_town() -> None:
    # guard: "in Konedobu" placed at Port Moresby's point is not read as a quarter of it
    town = Place("Port Moresby", "PNG", -9.44314, 147.17972, 2088122, "city", "National Capital")
    named = Place("Konedobu", "PNG", -9.44314, 147.17972, None, "city", "National Capital")
    quarter = Place(
        "Konedobu district", "PNG", -9.44314, 147.17972, None, "city", "National Capital"
    )
    assert not places_compatible(named, town)
    assert places_compatible(quarter, town) and places_compatible(town, quarter)
