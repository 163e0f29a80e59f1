"""Round r41 (issue 9, helper "acled44"): classes of phrasing from own42's tune misses and stop
60's leftovers. People removed or held by the police who are told, in a clause on them, as
blocking a road, or a road or site cleared or reopened that people had blocked or occupied, are
a blockade or an occupation ended by the state: a protest with intervention, not plain arrests;
armed blockers and people who "blocked an investigation" stay arrests.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.eval.case import snippet_type

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Riot police detained twenty farmers on Monday and cleared the bridge they had occupied "
        "for a week to demand higher crop prices, a farmers' union said.",
        "Officers arrested fifteen fishermen and reopened the coastal road they had blocked since "
        "Friday over a ban on night fishing, the mayor said.",
        "Dock workers who had blocked the entrance road of the port for three days over unpaid "
        "wages were removed by police on Sunday, and twelve of them were arrested, a union "
        "leader said.",
        "Police removed dozens of market women blocking the main highway into the city over new "
        "stall fees and detained nine of them, witnesses said.",
    ],
)
def test_blockers_removed_or_held_are_a_protest_with_intervention(analyse, text):
    assert snippet_type(analyse(text)) == "Protest with intervention"


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested twelve men at a house on Sunday who had blocked the investigation for "
        "weeks, a spokesman said.",
        "Soldiers cleared a road that rebels had blocked with felled trees and detained two "
        "fighters, the army said.",
    ],
)
def test_people_held_who_blocked_no_road_or_armed_blockers_stay_arrests(analyse, text):
    assert snippet_type(analyse(text)) == "Arrests"



@pytest.mark.parametrize(
    "text",
    [
        "A drone fired toward the oil terminal at Ras Isa was brought down over the water on "
        "Friday before it reached the tanks, the navy said.",
        "A missile launched at the airbase near Marib was shot down above the desert on Monday "
        "before it could reach the runway, officials said.",
    ],
)
def test_a_launched_weapon_shot_down_is_a_disrupted_weapons_use(analyse, text):
    # the parser reads "a drone fired toward ..." as the drone firing, and "was brought down" as
    # a second verb of the same subject: the stopped weapon is that shared subject
    assert snippet_type(analyse(text)) == "Disrupted weapons use"


@pytest.mark.parametrize(
    "text",
    [
        "An enemy drone dropped two bombs on a fuel depot near Marib and was brought down "
        "minutes later, the army said.",
        "A rebel drone struck a fuel depot near Marib and was shot down minutes later, the army "
        "said.",
    ],
)
def test_a_drone_that_struck_before_it_was_downed_stays_a_strike(analyse, text):
    assert snippet_type(analyse(text)) == "Air/drone strike"


@pytest.mark.parametrize(
    "text",
    [
        "Three people died in Kasese on Tuesday when police fired live rounds to disperse "
        "residents who had gathered outside the district office to demand compensation for "
        "their land, witnesses said.",
        "Soldiers opened fire to disperse villagers demanding the release of their chief in "
        "Bundibugyo on Friday, killing two of them, relatives said.",
    ],
)
def test_deadly_fire_to_disperse_people_making_a_demand_is_excessive_force(analyse, text):
    assert snippet_type(analyse(text)) == "Excessive force against protesters"


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas to disperse residents who had gathered outside the district "
        "office to demand compensation for their land, witnesses said.",
        "Soldiers opened fire to disperse bandits who had gathered near the village on Friday, "
        "killing three of them, residents said.",
    ],
)
def test_tear_gas_or_fire_to_disperse_armed_men_is_no_excessive_force(analyse, text):
    assert snippet_type(analyse(text)) != "Excessive force against protesters"


def test_tear_gas_to_disperse_marchers_against_killings_is_an_intervention(analyse):
    text = (
        "Police fired tear gas to disperse women of the Kibera slum who were marching against a "
        "spate of killings by gangs on Saturday, witnesses said."
    )
    assert snippet_type(analyse(text)) == "Protest with intervention"
