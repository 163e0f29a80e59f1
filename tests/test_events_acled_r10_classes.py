"""Round r10 (issue 9, helper "acled12"): classes of phrasing read from the tune misses of own11.
A person strapped with explosives is a suicide bomber; a chloropicrin, soman or lewisite weapon is
a chemical weapon; property set on fire is property destruction; one armed noun with two sides
("army and rebel units") or losses on both sides is a fight between two sides; a sit-in and a
sniper make a sentence a candidate; a deal of trade, transit or energy with no conflict word is
diplomacy, no ACLED agreement; an armed attacker who "shot dead" a civilian is an attack. From
the CASE tune out-of-fold misses: a bomb defused after earlier explosions, and seized explosives
destroyed, are a disrupted weapons use. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import acled_types, first_sentence

from realpolitik.events.acled_acts import (
    reads_armed_fight,
    reads_property_destruction,
    reads_suicide_bombing,
    reads_toxic_gas_use,
)
from realpolitik.events.acled_phrases import (
    reads_civil_deal,
    reads_civilian_shot_dead,
    reads_defused_explosive,
)
from realpolitik.events.acled_typing import transfer_acts

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "A teenager strapped with explosives blew the device up at a bus stop, killing four.",
        "The bomber was strapped with a bomb when he walked into the wedding hall.",
    ],
)
def test_a_person_strapped_with_explosives_is_a_suicide_bombing(nlp, text):
    assert reads_suicide_bombing(first_sentence(nlp, text))


def test_a_lorry_strapped_with_explosives_is_no_suicide_bombing(nlp):
    sent = first_sentence(nlp, "Police found a lorry strapped with explosives near the depot.")
    assert not reads_suicide_bombing(sent)


def test_a_teenager_strapped_with_explosives_is_typed_a_suicide_bomb(analyse):
    text = "A teenager strapped with explosives blew the device up at a bus stop, killing four."
    assert "Suicide bomb" in acled_types(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Separatist fighters fired chloropicrin shells at army trenches near the river.",
        "The militia dropped canisters of lewisite on the hill villages.",
    ],
)
def test_a_scheduled_chemical_agent_fired_is_toxic_gas_use(nlp, text):
    assert reads_toxic_gas_use(first_sentence(nlp, text))


def test_chloropicrin_shells_fired_are_a_chemical_weapon(analyse):
    text = "Separatist fighters fired chloropicrin shells at army trenches near the river, the army said."
    assert "Chemical weapon" in acled_types(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Unknown men set fire to wheat fields near the village.",
        "Gunmen set the barns and a tractor ablaze overnight, the district chief said.",
        "Raiders set fire to three houses and a shop on the edge of the settlement.",
    ],
)
def test_property_set_on_fire_is_property_destruction(nlp, text):
    assert reads_property_destruction(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Villagers set fire to the police post after the chief was arrested.",
        "Gunmen set fire to three houses, killing a family of five.",
        "The cook set fire to the grill before the guests arrived.",
    ],
)
def test_a_crowd_burning_a_post_a_deadly_arson_or_a_grill_is_no_property_destruction(nlp, text):
    assert not reads_property_destruction(first_sentence(nlp, text))


def test_fields_set_on_fire_are_typed_property_destruction(analyse):
    text = "Unknown men set fire to wheat fields near the village."
    assert "Looting/property destruction" in acled_types(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Army and rebel units fought near the dam overnight.",
        "Government troops fought for the ridge all night, with losses on both sides.",
    ],
)
def test_two_sides_in_one_subject_or_losses_on_both_sides_are_a_fight(nlp, text):
    assert reads_armed_fight(first_sentence(nlp, text))


def test_one_army_fighting_alone_is_no_two_sided_fight(nlp):
    assert not reads_armed_fight(first_sentence(nlp, "Government troops fought for the ridge all night."))


def test_army_and_rebel_units_fighting_are_typed_an_armed_clash(analyse):
    text = "Army and rebel units fought near the dam overnight, with losses on both sides."
    assert "Armed clash" in acled_types(analyse, text)


def test_a_sit_in_with_a_grievance_is_typed_a_peaceful_protest(analyse):
    text = "Nurses held a sit-in outside the ministry against unpaid wages."
    assert "Peaceful protest" in acled_types(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda signed an oil pipeline agreement during the president's state visit.",
        "The two neighbours agreed a pact on fisheries in Lake Victoria.",
    ],
)
def test_a_deal_of_civil_matters_is_a_civil_deal(nlp, text):
    assert reads_civil_deal(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The army and the rebels signed a ceasefire agreement in the capital.",
        "The two militias agreed a transit deal for prisoners held at the border.",
    ],
)
def test_a_deal_between_armed_sides_is_no_civil_deal(nlp, text):
    assert not reads_civil_deal(first_sentence(nlp, text))


def test_a_state_visits_pipeline_deal_gets_no_acled_type(analyse):
    text = "Kenya and Uganda signed an oil pipeline agreement during the president's state visit."
    assert acled_types(analyse, text) <= {None}


def test_a_ceasefire_between_armed_sides_stays_an_agreement(analyse):
    text = "The army and the rebels signed a ceasefire agreement in the capital."
    assert "Agreement" in acled_types(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "A sniper shot dead a farmer near the border village, officials said.",
        "Bandits gunned down two traders on the market road at dusk.",
    ],
)
def test_an_armed_attacker_shooting_dead_a_civilian_is_read(nlp, text):
    assert reads_civilian_shot_dead(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Militants shot dead two soldiers at the checkpoint.",
        "Rebels clashed with troops and shot dead a farmer caught in the crossfire.",
        "The farmer shot dead a wolf near his flock.",
    ],
)
def test_a_soldier_shot_a_two_sided_fight_or_no_armed_attacker_is_not_read(nlp, text):
    assert not reads_civilian_shot_dead(first_sentence(nlp, text))


def test_a_sniper_shooting_dead_a_farmer_is_an_attack_on_the_word_shot(analyse):
    events = analyse("A sniper shot dead a farmer near the border village, officials said.")
    assert [(e.trigger, e.acled_sub_event_type) for e in events if e.acled_sub_event_type] == [
        ("shot", "Attack")
    ]


def test_walking_in_unopposed_carries_the_transfer(analyse):
    text = "Kalo town is now in the hands of the militia, who walked in unopposed once the army left it overnight."
    assert "Non-violent transfer of territory" in acled_types(analyse, text)


def test_a_bomb_defused_after_earlier_explosions_is_a_disrupted_weapons_use(nlp):
    text = (
        "A roadside bomb was found near the market and defused by army engineers, days after a"
        " wave of explosions killed 40 people in the city."
    )
    assert reads_defused_explosive(first_sentence(nlp, text))


def test_a_bomb_that_went_off_while_being_defused_is_no_disrupted_weapons_use(nlp):
    text = "The bomb exploded while engineers were trying to defuse it, killing two."
    assert not reads_defused_explosive(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Army engineers destroyed 300 landmines and several tonnes of explosives seized from insurgents.",
        "Police disposed of a cache of grenades and rifles found in the forest.",
    ],
)
def test_seized_explosives_or_weapons_destroyed_are_a_disrupted_weapons_use(nlp, text):
    assert reads_defused_explosive(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "An airstrike destroyed the rebels' ammunition depot near the river.",
        "Troops destroyed a bomb-making workshop and killed three militants.",
    ],
)
def test_arms_destroyed_by_a_strike_or_in_a_deadly_raid_are_not_read(nlp, text):
    assert not reads_defused_explosive(first_sentence(nlp, text))


def test_unopposed_tagged_a_proper_noun_in_a_headline_still_makes_the_walking_the_transfer(nlp):
    sent = first_sentence(nlp, "Kosti Barracks Now In Hands Of Wadi Militia, Who Walked In Unopposed After Troops Left")
    assert "Walked" in [t.text for t in transfer_acts(sent)]


def test_killed_in_fighting_is_no_transfer_act(nlp):
    sent = first_sentence(nlp, "Two soldiers were killed in fighting near the town.")
    assert not transfer_acts(sent)
