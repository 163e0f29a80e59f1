"""Round r40 (issue 9, helper "acled43"): classes of phrasing from own41's tune misses. A drone,
rocket or missile "brought down" is stopped, not used: a disrupted weapons use, where aircraft
that brought down a building stay a strike. State forces who re-entered or returned to a town
they had left (told by "after they had left", "after withdrawing") take it back: the state
regains territory, where troops moving in after rebels had left regain nothing of their own.
People who hold, carry or raise placards or banners in a sentence with a demand are a protest,
where supporters waving banners at an arrival make none.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.eval.case import snippet_type

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Air defence units near Aden brought down a drone packed with explosives before it "
        "reached the port on Monday, officials said. The wreckage fell on a farm outside the town.",
        "Gunners on the frigate brought down two missiles fired at the convoy off Hodeidah on "
        "Wednesday, the coalition said.",
    ],
)
def test_a_drone_or_missile_brought_down_is_a_disrupted_weapons_use(analyse, text):
    assert snippet_type(analyse(text)) == "Disrupted weapons use"


def test_an_air_strike_that_brought_down_a_building_stays_a_strike(analyse):
    text = (
        "Warplanes bombed the centre of Saraqib on Tuesday and brought down a four-storey "
        "building, killing eleven people, rescuers said."
    )
    assert snippet_type(analyse(text)) == "Air/drone strike"




@pytest.mark.parametrize(
    "text",
    [
        "Government troops re-entered the town of Kalehe on Monday, three weeks after they had "
        "left it, and took up positions around the hospital, a local official said.",
        "Soldiers returned to the village of Dori on Saturday, a month after withdrawing, and set "
        "up a post at the market, residents said.",
        "Army units re-entered the market town of Kaga on Friday, two weeks after they had pulled "
        "out of it, officials said.",
    ],
)
def test_state_forces_back_where_they_had_left_regain_territory(analyse, text):
    assert snippet_type(analyse(text)) == "Government regains territory"


def test_troops_moving_in_after_rebels_left_regain_nothing_of_their_own(analyse):
    text = (
        "Troops moved into the town of Kalehe on Monday, three weeks after the rebels had left "
        "it, residents said."
    )
    assert snippet_type(analyse(text)) != "Government regains territory"


@pytest.mark.parametrize(
    "text",
    [
        "Nurses held placards outside the hospital in Lagos on Friday over unpaid salaries.",
        "Dozens of teachers raised banners in front of the parliament in Kabul on Sunday, "
        "demanding their pensions.",
    ],
)
def test_people_holding_placards_with_a_demand_are_a_peaceful_protest(analyse, text):
    assert snippet_type(analyse(text)) == "Peaceful protest"


def test_supporters_waving_banners_at_an_arrival_make_no_protest(analyse):
    text = "Supporters waved banners and sang as the team's bus arrived at Nairobi airport on Sunday."
    assert snippet_type(analyse(text)) != "Peaceful protest"
