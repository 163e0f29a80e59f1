"""Round r12 (issue 9, helper "acled14"): classes of phrasing read from the tune misses of own13.
A verb of retaking with its particle ("won back") names a gain of territory; sides that trade or
exchange fire fight each other; a crowd word with an arms word on it ("armed youths") is an armed
attacker, not a mob; throwing or burning done to press a demand is a violent demonstration,
also where the classifier read a mob. From a CASE tune out-of-fold miss: a fight "with" an organisation named only by
its name is a fight between two sides. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import acled_types, first_sentence

from realpolitik.events.acled_acts import reads_armed_fight, reads_mob_justice
from realpolitik.events.acled_phrases import reads_armed_attackers
from realpolitik.events.acled_protest_force import reads_damage_in_protest
from realpolitik.events.acled_typing import names_gain

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Government troops won back the river port from the rebels on Sunday.",
        "The army says it got back two border villages after a night of fighting.",
        "Police clawed back the district headquarters from the militia.",
    ],
)
def test_a_verb_of_retaking_with_its_particle_names_a_gain(nlp, text):
    assert names_gain(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The ruling party won the vote in the northern district.",
        "The farmers got their harvest to market before the rains.",
        "The coach said the team would win next season.",
    ],
)
def test_winning_a_vote_or_getting_goods_names_no_gain(nlp, text):
    assert not names_gain(first_sentence(nlp, text))


def test_troops_winning_back_a_town_are_typed_a_government_gain(analyse):
    text = "The national army won back the lakeside town of Bereni from the insurgents on Friday, its spokesman said."
    assert "Government regains territory" in acled_types(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Rival border units traded heavy machine-gun fire across the river overnight.",
        "Army and rebel units exchanged fire for two hours near the dam.",
        "Soldiers exchanged gunfire with militiamen at the checkpoint.",
    ],
)
def test_sides_that_trade_or_exchange_fire_are_an_armed_fight(nlp, text):
    assert reads_armed_fight(first_sentence(nlp, text))


def test_troops_clashing_with_a_named_organisation_are_an_armed_fight(nlp):
    sent = first_sentence(nlp, "Soldiers clashed with the National Liberation Front coalition in the hills.")
    assert reads_armed_fight(sent)


def test_police_clashing_with_a_named_movement_at_a_protest_is_no_armed_fight(nlp):
    sent = first_sentence(nlp, "Police clashed with the Green Future Movement during a protest march in the capital.")
    assert not reads_armed_fight(sent)


@pytest.mark.parametrize(
    "text",
    [
        "The two governments exchanged prisoners at the border.",
        "Troops traded their old rifles for new ones at the depot.",
    ],
)
def test_an_exchange_of_no_fire_is_no_armed_fight(nlp, text):
    assert not reads_armed_fight(first_sentence(nlp, text))


def test_two_border_units_trading_fire_are_typed_an_armed_clash(analyse):
    text = "Kazakh and Kyrgyz border units traded small-arms fire near the disputed pasture overnight, leaving one guard dead."
    assert "Armed clash" in acled_types(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Armed youths raided a hamlet and killed six farmers.",
        "Gun-toting villagers from the next valley attacked the camp, killing four herders.",
    ],
)
def test_an_armed_crowd_word_is_an_armed_attacker_and_no_mob(nlp, text):
    sent = first_sentence(nlp, text)
    assert reads_armed_attackers(sent)
    assert not reads_mob_justice(sent)


def test_an_unarmed_crowd_killing_a_person_stays_mob_justice(nlp):
    sent = first_sentence(nlp, "Angry villagers beat the suspected thief to death.")
    assert reads_mob_justice(sent)
    assert not reads_armed_attackers(sent)


def test_armed_youths_killing_herders_are_typed_an_attack(analyse):
    text = "Armed youths from a rival clan raided a grazing village in the county, killing nine herders, local radio reported."
    assert "Attack" in acled_types(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Students seized two buses and burned them on the highway to press for teaching jobs.",
        "Farmers torched the tax office to demand lower fees.",
    ],
)
def test_burning_done_to_press_a_demand_is_damage_in_protest(nlp, text):
    assert reads_damage_in_protest(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen torched the bus to cover their escape.",
        "Students burned two buses on the highway.",
    ],
)
def test_burning_for_no_demand_is_no_damage_in_protest(nlp, text):
    assert not reads_damage_in_protest(first_sentence(nlp, text))


def test_students_burning_seized_buses_to_press_a_demand_are_typed_a_violent_demonstration(analyse):
    text = "Trainee teachers seized four buses and burned them on the coastal highway to press for permanent posts, the local paper said."
    assert "Violent demonstration" in acled_types(analyse, text)


def test_raids_by_choppers_are_typed_an_air_strike(analyse):
    # "chopper" and "gunship" are cue words of an air strike (acled.tsv), as "helicopter" is
    text = "Insurgents suffered heavy losses in raids by army choppers on their hideouts in the hills, the military said."
    assert "Air/drone strike" in acled_types(analyse, text)
