"""Round r47 (fuse46): a walkout told by the verb "strike". With no object and no aim, done by a
group noun of working people (the actors stage's civilian, business or labour sectors), "struck"
is a labour strike (PROTEST, as "went on strike"), not an attack (`events.strike_sense.
walkout_verb`). Before, "traders struck for four days" read ASSAULT (the stop 66 leftover).
Armed doers, an aim or an object keep the attack. Every sentence is made up for the test."""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import analysed_mentions

DAY = date(2033, 5, 17)


def _type_of(resources, text: str, trigger: str) -> str:
    hits = [m for m in analysed_mentions(resources, {"a": text}, DAY) if m.trigger == trigger]
    assert hits, text
    return hits[0].plover_type


@pytest.mark.parametrize(
    "text",
    [
        "Teachers in Kisumu struck on Monday over unpaid wages, their union said.",
        "Bus drivers in Kano struck for three days in 2029.",
        "Traders in Multan struck on Monday after a robbery.",
    ],
)
def test_working_people_who_struck_went_on_strike(resources, text):
    assert _type_of(resources, text, "struck") == "PROTEST"


@pytest.mark.parametrize(
    "text",
    [
        "Militants struck at dawn on Monday, killing four soldiers.",
        "Rebels struck again near Beni on Monday.",
        "Farmers struck a police officer with sticks in Gulu on Monday.",
    ],
)
def test_armed_doers_an_aim_or_an_object_keep_the_attack(resources, text):
    assert _type_of(resources, text, "struck") == "ASSAULT"
