"""Round r20 (issue 9, helper "acled23"): classes of phrasing read from the tune misses of own21.
The second side of a fight hung by the parser inside the first side's "of" phrase; fighters
"neutralised" by a strike are killed, nothing defused; a road blocked by civilians is a protest
for the force used on them; fighting told as resuming is the fight, no agreement; a protest
lodged with a government is no demonstration (the last two: the lead's probes). Sentences written
for these tests."""

from __future__ import annotations

import pytest
from event_helpers import acled_types, first_sentence

from realpolitik.events.acled_acts import (
    reads_armed_fight,
    reads_fighting_resumed,
    reads_protest_lodged,
)
from realpolitik.events.acled_phrases import reads_defused_explosive
from realpolitik.events.acled_protest_force import protest_force, reads_nonlethal_dispersal

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Fighters of the Mai-Mai group and army soldiers traded gunfire near the market on "
        "Sunday.",
        "Gunmen of the rebel alliance and government troops clashed outside the mining town.",
    ],
)
def test_a_second_side_inside_the_first_sides_of_phrase_makes_a_fight(nlp, text):
    assert reads_armed_fight(first_sentence(nlp, text))


def test_the_of_phrase_of_one_side_alone_is_no_second_side(nlp):
    sent = first_sentence(nlp, "Fighters of the local militia traded gunfire near the ferry.")
    assert not reads_armed_fight(sent)


@pytest.mark.parametrize(
    "text",
    [
        "Fighter jets bombed an insurgent camp in the hills, neutralising dozens of terrorists, "
        "the air force said.",
        "Helicopter gunships struck a bomb-making workshop and neutralised six militants.",
    ],
)
def test_fighters_neutralised_by_a_strike_are_no_defused_explosive(nlp, text):
    assert not reads_defused_explosive(first_sentence(nlp, text))


def test_a_neutralised_bomb_is_still_defused(nlp):
    sent = first_sentence(nlp, "Sappers neutralised a roadside bomb planted near the school.")
    assert reads_defused_explosive(sent)


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas at farmers blocking the highway near the town to demand "
        "fertiliser subsidies.",
        "Riot units used tear gas against villagers who had blocked the main road over power "
        "cuts.",
    ],
)
def test_tear_gas_on_civilians_blocking_a_road_is_a_protest_with_intervention(nlp, text):
    sent = first_sentence(nlp, text)
    assert reads_nonlethal_dispersal(sent)
    assert protest_force(sent) == "Protest with intervention"


def test_a_road_blocked_by_soldiers_is_no_protest(nlp):
    sent = first_sentence(nlp, "Soldiers blocked the road and fired tear gas into the forest.")
    assert not reads_nonlethal_dispersal(sent)


@pytest.mark.parametrize(
    "text",
    [
        "Heavy fighting resumed on the outskirts of the provincial capital on Thursday.",
        "Hostilities restarted along the river after a three-day truce collapsed.",
        "The two militias resumed fighting near the gold mine at dawn.",
    ],
)
def test_fighting_told_as_resuming_is_read(nlp, text):
    assert reads_fighting_resumed(first_sentence(nlp, text))


def test_talks_resumed_are_no_fighting(nlp):
    sent = first_sentence(nlp, "Peace talks between the two parties resumed in Nairobi.")
    assert not reads_fighting_resumed(sent)


def test_fighting_resumed_is_typed_an_armed_clash_not_an_agreement(analyse):
    types = acled_types(analyse, "Fierce clashes resumed in the border district after a short lull.")
    assert "Agreement" not in types


def test_a_protest_lodged_is_typed_no_peaceful_protest(analyse):
    types = acled_types(analyse, "Bangladesh lodged a protest with Myanmar over the stray shells.")
    assert "Peaceful protest" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan lodged a strong protest with Kabul over the shelling of border posts.",
        "The foreign ministry conveyed its protest to the visiting envoy.",
    ],
)
def test_a_protest_lodged_with_a_government_is_read(nlp, text):
    assert reads_protest_lodged(first_sentence(nlp, text))


def test_a_protest_staged_is_no_protest_lodged(nlp):
    sent = first_sentence(nlp, "Thousands of nurses staged a protest outside the health ministry.")
    assert not reads_protest_lodged(sent)
