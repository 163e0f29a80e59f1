"""Round r48 (issue 9, stop 68, helper "acled51"): classes of phrasing from stop 65-67's
leftovers. Gendarmes are an organised armed side; people blocking a way with a demand, refusing to
work or staying away with a demand protest; a fight verb joined to another shares its subject; a
charge told as what the attacker hid under his clothes, set off, is a suicide bomb; a rocket or
drone hit by fire was stopped. Sentences written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.eval.case import snippet_type

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Militiamen and gendarmes exchanged bursts of automatic fire outside the town hall on "
        "Friday, residents said.",
        "Gendarmes and gunmen traded fire for an hour near the border post on Sunday, an official "
        "said.",
    ],
)
def test_gendarmes_trading_fire_are_an_armed_clash(analyse, text):
    assert snippet_type(analyse(text)) == "Armed clash"


def test_gendarmes_shot_by_gunmen_stay_an_attack(analyse):
    text = "Gunmen shot dead two gendarmes at a checkpoint outside the town on Sunday, a source said."
    assert snippet_type(analyse(text)) == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of farmers blocked the highway outside the town on Monday, demanding "
        "compensation for land taken by a dam.",
        "Dozens of fishermen blocked the entrance to the port on Tuesday, demanding the return of "
        "their confiscated nets.",
        "Residents barricaded the main road into the town on Wednesday, calling for the repair of "
        "the only bridge, a local radio said.",
    ],
)
def test_people_blocking_a_way_with_a_demand_are_a_peaceful_protest(analyse, text):
    assert snippet_type(analyse(text)) == "Peaceful protest"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Hundreds of cattle blocked the road outside the town on Monday, a driver said.", "none"),
        (
            "A fallen tree blocked the road to the village on Monday, and residents demanded that "
            "the council remove it.",
            "none",
        ),
        (
            "Police blocked the road to the stadium on Saturday, demanding identity papers from "
            "every driver.",
            "none",
        ),
        (
            "Youths blocked the road with burning tyres and threw stones at passing cars on "
            "Monday, demanding the release of a local activist.",
            "Violent demonstration",
        ),
    ],
)
def test_a_way_blocked_by_no_people_or_with_violence_keeps_its_reading(analyse, text, label):
    assert snippet_type(analyse(text)) == label


@pytest.mark.parametrize(
    "text",
    [
        "Nurses at the district hospital refused to work on Monday over three months of unpaid "
        "wages, their union said.",
        "Lecturers at the state university refused to teach for a second week, their union said.",
        "Teachers at public schools in the province stayed home on Tuesday to press for unpaid "
        "allowances, their union said.",
        "Bus drivers stayed away from the depots on Monday, demanding a pay rise, the company "
        "said.",
        "Traders kept away from the market on Monday, demanding the removal of a new levy, their "
        "association said.",
    ],
)
def test_work_withheld_is_a_peaceful_protest(analyse, text):
    assert snippet_type(analyse(text)) == "Peaceful protest"


@pytest.mark.parametrize(
    "text",
    [
        "Residents stayed home on Monday as heavy rain flooded the streets, the mayor said.",
        "The striker refused to play for the club on Saturday, his agent said.",
    ],
)
def test_staying_home_or_refusing_with_no_demand_or_no_work_stays_none(analyse, text):
    assert snippet_type(analyse(text)) == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers and militiamen dug in on opposite hills above the village traded shots through "
        "the night, residents said.",
        "Police and armed herders took cover behind the rocks and traded fire until dawn, an "
        "official said.",
    ],
)
def test_fire_traded_by_a_joined_verb_shares_its_sides(analyse, text):
    assert snippet_type(analyse(text)) == "Armed clash"


def test_gunmen_who_stormed_and_shot_stay_an_attack(analyse):
    text = "Gunmen stormed the village and shot dead six farmers, residents said."
    assert snippet_type(analyse(text)) == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        "A man walked into the crowded bus station and set off what he was carrying under his "
        "jacket, killing seven people, police said.",
        "A young man set off what he had hidden beneath his coat in the queue outside the bank, "
        "killing five people.",
        "At the gate of the barracks, the assailant triggered what he carried under his tunic, "
        "killing three guards.",
    ],
)
def test_what_was_hidden_under_clothes_set_off_is_a_suicide_bomb(analyse, text):
    assert snippet_type(analyse(text)) == "Suicide bomb"


def test_what_was_bought_set_off_stays_none(analyse):
    text = (
        "The boy set off what he had bought at the market, a box of fireworks, in the yard of the "
        "school."
    )
    assert snippet_type(analyse(text)) == "none"


@pytest.mark.parametrize(
    "text",
    [
        "A drone heading for the port was hit by fire from a warship and fell into the sea on "
        "Tuesday, the navy said.",
        "A rocket fired at the airbase was struck by a missile from the air defences before it "
        "reached the runway, the army said.",
    ],
)
def test_a_projectile_hit_by_fire_is_disrupted_weapons_use(analyse, text):
    assert snippet_type(analyse(text)) == "Disrupted weapons use"


def test_a_drone_that_hit_a_depot_stays_an_air_strike(analyse):
    text = "A drone hit the fuel depot outside the city on Monday, starting a fire, officials said."
    assert snippet_type(analyse(text)) == "Air/drone strike"
