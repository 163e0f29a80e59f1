"""Round r18 (issue 9, helper "acled21"): classes of phrasing read from the tune misses of own19.
Fire traded "with" a side is a fight between armed sides; people taken into the bush or to an
unknown destination are abducted; a meeting or talks with no word of an accord is no agreement;
an armed group taking a place overtakes territory; a bomber told "suicide" or a vehicle bomb
driven into its target is a suicide bomb; a village or men hit by an armed group are civilians;
people held as they tried to flee are no arrests (CASE tune leftover); what an armed group has
is no act (round r17 leftover). Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import acled_types, first_sentence

from realpolitik.events.acled_acts import (
    reads_armed_fight,
    reads_armed_group_takes_ground,
    reads_suicide_bombing,
)
from realpolitik.events.acled_phrases import (
    reads_attack_on_civilians,
    reads_disappearance,
    reads_escape_caught,
    reads_meeting_without_accord,
)

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Commandos exchanged gunfire with a gang of cattle raiders near the river on Monday.",
        "Soldiers traded fire with unidentified men hiding in a maize field outside the town.",
        "Marines exchanged fire with pirates off the coast overnight, the navy said.",
    ],
)
def test_fire_traded_with_a_side_is_a_fight(nlp, text):
    assert reads_armed_fight(first_sentence(nlp, text))


def test_fire_at_a_side_with_no_exchange_is_no_fight(nlp):
    sent = first_sentence(nlp, "Soldiers fired at a crowd with live rounds on Monday.")
    assert not reads_armed_fight(sent)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stopped a lorry near the border and took the driver into the forest.",
        "The kidnappers marched the pupils to an unknown destination, a teacher said.",
        "Armed men led four villagers into the jungle on Friday night.",
    ],
)
def test_people_taken_to_a_hideout_are_abducted(nlp, text):
    assert reads_disappearance(first_sentence(nlp, text))


def test_people_taken_to_a_police_station_are_not_abducted(nlp):
    sent = first_sentence(nlp, "Officers took the two traders to the central police station.")
    assert not reads_disappearance(sent)


@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister hosted her Kenyan counterpart on Monday for talks on cattle trade.",
        "The president received a delegation of the opposition to discuss the election timetable.",
    ],
)
def test_a_meeting_with_no_accord_word_reads_as_one(nlp, text):
    assert reads_meeting_without_accord(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "After two days of talks the rebels and the army signed a ceasefire.",
        "The two sides met in Doha and agreed to swap prisoners next week.",
        "Government envoys met rebel leaders to discuss a peace deal.",
    ],
)
def test_a_meeting_that_names_an_accord_is_not_read(nlp, text):
    assert not reads_meeting_without_accord(first_sentence(nlp, text))


def test_talks_held_get_no_agreement(analyse):
    text = (
        "The governor hosted the visiting Ugandan defence minister in Gulu on Tuesday for talks "
        "on border security and trade, his office said."
    )
    assert "Agreement" not in acled_types(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels captured the district headquarters after heavy fighting on Thursday.",
        "Insurgents overran Mutarara early on Sunday, residents said.",
        "Jihadist fighters seized the market town of Dalanga from the army.",
    ],
)
def test_an_armed_group_taking_a_place(nlp, text):
    assert reads_armed_group_takes_ground(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers captured the rebel stronghold of Kilwe on Monday.",
        "Militants seized two aid workers near the camp.",
        "Rebels took to the streets of the capital to celebrate the deal.",
    ],
)
def test_state_forces_people_or_streets_are_no_armed_group_taking_ground(nlp, text):
    assert not reads_armed_group_takes_ground(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber set off his charge at the gate of the governor's compound.",
        "Two suicide attackers struck a mosque in the town on Friday.",
        "Militants rammed a truck packed with explosives into the police station at dawn.",
        "The attacker drove a bomb-laden pickup into the barracks gate and set it off.",
    ],
)
def test_a_bomber_told_by_suicide_or_a_vehicle_driven_into_the_target(nlp, text):
    assert reads_suicide_bombing(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb parked outside the market exploded on Monday, killing five.",
        "Police found a truck packed with explosives in a garage on the edge of town.",
    ],
)
def test_a_parked_or_found_car_bomb_is_no_suicide_bombing(nlp, text):
    assert not reads_suicide_bombing(first_sentence(nlp, text))


def test_a_vehicle_driven_into_a_gate_with_its_bomb_is_a_suicide_bomb(analyse):
    text = (
        "A militant drove a van loaded with explosives into the entrance of a police post in "
        "Baidoa on Monday and blew it up, killing three officers, police said."
    )
    types = acled_types(analyse, text)
    assert "Suicide bomb" in types
    assert "Remote explosive/landmine/IED" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the hamlet of Kiswa at night and killed three men.",
        "Bandits raided a village near the forest and shot two farmers.",
    ],
)
def test_an_armed_group_hitting_a_village_or_men_is_an_attack_on_civilians(nlp, text):
    assert reads_attack_on_civilians(first_sentence(nlp, text))


def test_an_army_held_village_is_no_attack_on_civilians(nlp):
    sent = first_sentence(nlp, "Rebels attacked an army post in the village and killed two soldiers.")
    assert not reads_attack_on_civilians(sent)


@pytest.mark.parametrize(
    "text",
    [
        "Navy patrols detained 30 villagers as they tried to flee across the lake in canoes.",
        "Border police arrested a family attempting to cross the river at night.",
    ],
)
def test_people_held_as_they_tried_to_flee_or_cross(nlp, text):
    assert reads_escape_caught(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested the opposition leader at his home on Monday.",
        "Soldiers detained two men trying to cross the border with rifles and grenades.",
    ],
)
def test_a_plain_arrest_or_one_with_weapons_is_no_escape_caught(nlp, text):
    assert not reads_escape_caught(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The insurgents have armed men on every road into the valley.",
        "The separatist movement numbers about two thousand fighters, analysts say.",
    ],
)
def test_what_an_armed_group_has_is_no_act(analyse, text):
    assert acled_types(analyse, text) <= {None}
