"""Round r18 (issue 9, helper "acled21"): classes of phrasing read from the tune misses of own19.
Fire traded "with" a side is a fight between armed sides; people taken into the bush or to an
unknown destination are abducted; a meeting or talks with no word of an accord is no agreement;
an armed group taking a place overtakes territory. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import acled_types, first_sentence

from realpolitik.events.acled_acts import reads_armed_fight, reads_armed_group_takes_ground
from realpolitik.events.acled_phrases import reads_disappearance, reads_meeting_without_accord

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
