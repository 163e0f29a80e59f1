"""Round r46 (issue 9, helper "acled49"): classes of phrasing from own47's tune misses. A grenade
told by the ring pulled from the explosive, not only its pin; a state force firing on a crowd
gathered or come to complain is excessive force on a protest; arms told hidden or stashed are a
cache, disrupted weapons use. Sentences written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.eval.case import snippet_type

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "The attacker pulled the ring from a homemade bomb and tossed it into the police post, "
        "wounding two officers, a witness said.",
        "A teenager drew the ring of an explosive and flung it at the bus, injuring six "
        "passengers on Friday.",
    ],
)
def test_a_ring_pulled_from_an_explosive_and_a_thing_thrown_is_a_grenade(analyse, text):
    assert snippet_type(analyse(text)) == "Grenade"


@pytest.mark.parametrize(
    "text",
    [
        "She pulled the ring from her finger and threw it at her husband during the quarrel.",
        "The waiter pulled the ring of the can and threw it into the bin behind the bar.",
    ],
)
def test_a_ring_pulled_from_no_explosive_stays_none(analyse, text):
    assert snippet_type(analyse(text)) == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers fired into a crowd that had gathered outside the district office to complain "
        "about food prices, killing three people, a nurse said.",
        "Police opened fire on a crowd that had assembled at the market to object to new taxes, "
        "killing two traders.",
        "Troops shot into a crowd that had come to the town hall to complain about power cuts, "
        "killing four people.",
    ],
)
def test_state_fire_on_people_gathered_to_complain_is_excessive_force(analyse, text):
    assert snippet_type(analyse(text)) == "Excessive force against protesters"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen fired into a crowd that had gathered outside the water office to complain about "
        "a week without water, killing two women.",
        "Soldiers fired into a crowd that had come to watch a football match, killing two "
        "spectators.",
    ],
)
def test_gunmen_firing_on_complainers_or_soldiers_on_spectators_stay_an_attack(analyse, text):
    assert snippet_type(analyse(text)) == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        "Farmers led troops on Tuesday to a cave in which rockets and mortar bombs had been "
        "hidden, the army said.",
        "Villagers showed police a pit in which mortar shells and grenades had been stashed, a "
        "spokesman said on Friday.",
    ],
)
def test_arms_told_hidden_or_stashed_are_a_cache_of_disrupted_weapons_use(analyse, text):
    assert snippet_type(analyse(text)) == "Disrupted weapons use"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "A bomb that had been hidden in a bag exploded at the bus station, killing three "
            "people.",
            "Remote explosive/landmine/IED",
        ),
        ("Food and blankets had been stored in the warehouse before the floods.", "none"),
    ],
)
def test_a_hidden_bomb_that_went_off_or_stored_goods_keep_their_reading(analyse, text, label):
    assert snippet_type(analyse(text)) == label
