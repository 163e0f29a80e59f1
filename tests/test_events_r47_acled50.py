"""Round r47 (issue 9, stop 67, helper "acled50"): classes of phrasing from own48's tune misses
and stop 66's leftovers. Fire traded as bursts, or by a side told only "armed", is two sides
fighting; a protest named by its form as a human chain. Sentences written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.eval.case import snippet_type

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers and rebels traded bursts of machine-gun fire near the market in Kaga Bandoro "
        "on Friday, residents said.",
        "Rebels and soldiers swapped bursts of gunfire across the river for most of the night, a "
        "local official said.",
    ],
)
def test_bursts_of_fire_traded_are_an_armed_clash(analyse, text):
    assert snippet_type(analyse(text)) == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "Troops and armed villagers traded fire near the well on Sunday, the army said.",
        "Police and armed youths exchanged shots outside the market for an hour on Tuesday, "
        "residents said.",
        "The road stayed closed on Thursday after police and armed men traded shots from dawn "
        "until midday, an official said.",
    ],
)
def test_fire_traded_with_a_side_told_only_armed_is_an_armed_clash(analyse, text):
    assert snippet_type(analyse(text)) == "Armed clash"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Armed men and villagers exchanged greetings at the checkpoint on Sunday.", "none"),
        (
            "Armed men fired shots into the air at a wedding in the town on Saturday, police said.",
            "Attack",
        ),
        ("A burst pipe flooded the ground floor of the ministry on Monday, officials said.", "none"),
    ],
)
def test_no_fire_traded_keeps_its_reading(analyse, text, label):
    assert snippet_type(analyse(text)) == label


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of nurses formed a human chain around the hospital on Monday to demand unpaid "
        "wages.",
        "Teachers made a human chain along the main avenue of the town on Tuesday against the "
        "closure of two schools, their union said.",
        "Students formed a human chain across the road to the university on Wednesday, demanding "
        "the reinstatement of their lecturers.",
    ],
)
def test_a_human_chain_with_a_demand_is_a_peaceful_protest(analyse, text):
    assert snippet_type(analyse(text)) == "Peaceful protest"


@pytest.mark.parametrize(
    "text",
    [
        "The rescuers formed a human chain to pass sandbags to the flooded houses on Monday.",
        "The company said the supply chain had been disrupted by unpaid invoices, and demanded "
        "payment.",
    ],
)
def test_a_chain_with_no_demand_or_no_people_stays_none(analyse, text):
    assert snippet_type(analyse(text)) == "none"
