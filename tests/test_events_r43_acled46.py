"""Round r43 (issue 9, helper "acled46"): classes of phrasing from own44's tune misses and stop
62's leftovers. Explosives dug up and then blown up by those who found them are disrupted weapons
use; a thing told only as hidden, buried or planted that went off is a remote explosive; arms
turned on each other are an armed clash; a drone or missile knocked or blasted out of the sky is
a weapon stopped; people sitting or standing with a demand, or holding up photographs beside
one, are a peaceful protest. Sentences written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.eval.case import snippet_type

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Army engineers dug up two roadside bombs near the bridge on Saturday and detonated them "
        "in a nearby field, a spokesman said.",
        "Villagers unearthed a landmine on the edge of the football pitch and soldiers blew it up "
        "on Tuesday afternoon.",
    ],
)
def test_explosives_dug_up_and_then_blown_up_are_disrupted_weapons_use(analyse, text):
    assert snippet_type(analyse(text)) == "Disrupted weapons use"


@pytest.mark.parametrize(
    "text",
    [
        "Farmers dug up a landmine in the rice field and it exploded, killing two of them, a "
        "doctor said.",
        "Militants dug a trench across the road and detonated a bomb as the convoy passed, killing "
        "four soldiers.",
    ],
)
def test_a_found_device_that_went_off_or_a_trench_dug_stays_a_remote_explosive(analyse, text):
    assert snippet_type(analyse(text)) == "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    "text",
    [
        "Something hidden in the ditch went off as a lorry of soldiers passed, killing three of "
        "them, officials said.",
        "Something buried under the road went off beneath a minibus on Friday, killing six "
        "passengers.",
        "A bag planted near the bus stop blew up during the morning rush, killing five commuters, "
        "police said.",
    ],
)
def test_a_thing_told_only_as_hidden_that_went_off_is_a_remote_explosive(analyse, text):
    assert snippet_type(analyse(text)) == "Remote explosive/landmine/IED"


def test_a_thing_that_went_off_with_no_hiding_told_is_left_alone(analyse):
    text = (
        "Something went off in the kitchen of the restaurant on Friday, injuring two cooks, "
        "firefighters said."
    )
    assert snippet_type(analyse(text)) == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Two factions of the movement turned their guns on each other in the market on Friday, "
        "leaving four dead, police said.",
        "Fighters of the two clans turned their rifles on one another at the well on Sunday, and "
        "five men were killed, elders said.",
        "Guards of the two rival warlords turned their weapons on each other outside the fuel "
        "depot on Wednesday, leaving three dead.",
    ],
)
def test_arms_turned_on_each_other_are_an_armed_clash(analyse, text):
    assert snippet_type(analyse(text)) == "Armed clash"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "The soldiers turned their guns on the villagers on Friday, killing six, a survivor "
            "said.",
            "Attack",
        ),
        (
            "The commander turned his back on the movement on Friday and joined the government "
            "side.",
            "none",
        ),
    ],
)
def test_arms_turned_on_one_side_or_a_back_turned_are_no_reciprocal_fight(analyse, text, label):
    assert snippet_type(analyse(text)) == label


@pytest.mark.parametrize(
    "text",
    [
        "A rocket fired at the city was knocked out of the sky by air defences on Monday, the "
        "army said.",
        "Soldiers knocked down two drones over the border post on Sunday, a spokesman said.",
        "Air defences blasted a missile out of the sky over the capital on Friday night, "
        "officials said.",
        "A drone launched toward an army base near the river on Wednesday night was knocked out "
        "of the sky by air defences before it reached the perimeter.",
    ],
)
def test_a_weapon_knocked_or_blasted_out_of_the_sky_is_disrupted_weapons_use(analyse, text):
    assert snippet_type(analyse(text)) == "Disrupted weapons use"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "A drone dropped two bombs on the market and was knocked out of the sky minutes "
            "later, killing no one.",
            "Air/drone strike",
        ),
        (
            "Rebels blasted the bridge with rockets on Monday, cutting the road to the city.",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_a_weapon_used_before_it_was_downed_or_a_target_blasted_keeps_its_reading(
    analyse, text, label
):
    assert snippet_type(analyse(text)) == label


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of pensioners sat down outside the finance ministry on Monday to ask for arrears "
        "owed since March.",
        "Farmers sat on the steps of the district office for four hours on Tuesday, demanding "
        "payment for their maize.",
        "Hundreds of nurses stood along the avenue to the governor's office on Monday, denouncing "
        "months of unpaid salaries.",
        "Mothers of missing migrants stood outside the consulate on Friday holding photographs of "
        "their sons and demanding news of them.",
    ],
)
def test_people_sitting_or_standing_with_a_demand_are_a_peaceful_protest(analyse, text):
    assert snippet_type(analyse(text)) == "Peaceful protest"


@pytest.mark.parametrize(
    "text",
    [
        "Students sat in the library on Monday reading for their exams, a lecturer said.",
        "Residents stood in line for water for hours on Sunday, and many went home with empty "
        "jerrycans.",
    ],
)
def test_people_sitting_or_standing_with_no_demand_are_no_protest(analyse, text):
    assert snippet_type(analyse(text)) == "none"
