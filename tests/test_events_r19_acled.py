"""Round r19 (issue 9, helper "acled22"): classes of phrasing read from the tune misses of own20
and CASE. Fire returned by an armed side is a fight; people told passively as taken into the bush
are abducted; a weapon dismantled or disarmed is a disrupted weapons use; an armed group driven
from its ground by the state is the state's gain, and the battle told beside that gain is the
gain's; a beating with no one taken is no abduction. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import acled_types, first_sentence

from realpolitik.events.acled_acts import reads_fire_returned, reads_group_dislodged
from realpolitik.events.acled_phrases import (
    reads_beating_without_taking,
    reads_defused_explosive,
    reads_disappearance,
)

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Unknown assailants attacked a police post in the north overnight and officers returned "
        "fire, killing two of them, a spokesman said.",
        "Pirates fired on the patrol boat from a skiff and the marines shot back before the skiff "
        "fled.",
        "Insurgents ambushed an army convoy near the border, and soldiers fired back for an hour.",
    ],
)
def test_fire_returned_by_an_armed_side_is_a_fight(nlp, text):
    assert reads_fire_returned(first_sentence(nlp, text))


def test_a_reply_fired_back_is_no_fight(nlp):
    sent = first_sentence(nlp, "The boy fired back an angry reply to his teacher's email.")
    assert not reads_fire_returned(sent)


def test_an_ambush_met_by_return_fire_is_an_armed_clash(analyse):
    text = (
        "Insurgents ambushed an army convoy near the border on Monday, and soldiers fired back "
        "for an hour."
    )
    assert "Armed clash" in acled_types(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Three aid workers were taken from their car at a checkpoint and led into the forest by "
        "armed men, the agency said.",
        "The passengers were ordered off the bus by bandits and marched to an unknown "
        "destination.",
    ],
)
def test_people_told_passively_as_taken_to_a_hideout_are_abducted(nlp, text):
    assert reads_disappearance(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Students marched into the park to demand lower fees.",
        "The suspects were arrested and taken to the central police station.",
    ],
)
def test_marchers_and_suspects_taken_to_a_station_are_not_abducted(nlp, text):
    assert not reads_disappearance(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Army engineers dismantled two mortars that militants had aimed at the airport, the "
        "ministry said.",
        "Police disarmed a rocket launcher hidden in a banana plantation outside the city on "
        "Friday.",
    ],
)
def test_a_weapon_dismantled_or_disarmed_is_disrupted(nlp, text):
    assert reads_defused_explosive(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Rebels dismantled their camp and moved north after the air strike.",
        "Workers dismantled the old stage in the square.",
    ],
)
def test_a_camp_or_a_stage_dismantled_is_no_weapon_disrupted(nlp, text):
    assert not reads_defused_explosive(first_sentence(nlp, text))


def test_mortars_dismantled_read_as_disrupted_weapons_use(analyse):
    text = "Army engineers dismantled two mortars that militants had aimed at the airport."
    assert acled_types(analyse, text) == {"Disrupted weapons use"}


@pytest.mark.parametrize(
    "text",
    [
        "Troops drove the rebels out of their positions around Kidal on Tuesday, the army said.",
        "Islamist fighters were dislodged from the hills above the town after a week of "
        "fighting.",
    ],
)
def test_an_armed_group_driven_from_its_ground(nlp, text):
    assert reads_group_dislodged(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers pushed back an assault by militants on the base overnight.",
        "Rival militiamen drove the insurgents out of the village on Monday.",
        "Police pushed the protesters back from the parliament gates.",
    ],
)
def test_an_assault_repelled_a_rival_gain_or_protesters_are_no_state_gain(nlp, text):
    assert not reads_group_dislodged(first_sentence(nlp, text))


def test_the_battle_told_beside_a_state_gain_is_the_gain(analyse):
    text = (
        "Jihadist fighters were pushed back from their positions east of the river. "
        "Dozens of militants died in heavy fighting with government troops."
    )
    types = acled_types(analyse, text)
    assert "Government regains territory" in types
    assert "Armed clash" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Youths pulled the taxi driver from his car on the ring road and punched him until he "
        "fell unconscious, police said.",
        "A shopkeeper was dragged across the car park by two men and beaten with sticks on "
        "Saturday night.",
        "Robbers kicked and punched a pensioner outside the bank and stole his wallet.",
    ],
)
def test_a_beating_with_no_one_taken(nlp, text):
    assert reads_beating_without_taking(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Armed men dragged three herders into the forest and beat them, a survivor said.",
        "Gunmen beat the villagers and marched them away at gunpoint.",
        "Kidnappers beat the engineer and held him for ransom.",
    ],
)
def test_a_beating_with_people_taken_is_not_read(nlp, text):
    assert not reads_beating_without_taking(first_sentence(nlp, text))


def test_a_street_beating_is_no_abduction(analyse):
    text = (
        "A shopkeeper was dragged across the car park by two men and beaten with sticks on "
        "Saturday night."
    )
    assert "Abduction/forced disappearance" not in acled_types(analyse, text)
