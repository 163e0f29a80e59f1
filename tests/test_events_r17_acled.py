"""Round r17 (issue 9, helper "acled20"): classes of phrasing read from the tune misses of own18,
own7 and CASE. A protest its own words call peaceful is no violent demonstration; a rally told
before a fight of protesters is the same demonstration, turned violent; an armed group told as
now ruling a place has overtaken it; a claim of responsibility, or arms supplied with no violence
told, is no ACLED event. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import acled_types, first_sentence

from realpolitik.events.acled_new_rule import reads_armed_rule_now
from realpolitik.events.acled_phrases import reads_arms_supply, reads_claim_of_responsibility
from realpolitik.events.acled_protest_force import (
    reads_protest_told_peaceful,
    reads_protesters_fight,
)

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers used batons to break up a peaceful sit-in by nurses outside the ministry in "
        "Harare on Friday.",
        "Police scattered a non-violent march of farmers with water cannon near the parliament.",
        "Officers fired tear gas at pensioners who were rallying calmly outside the treasury.",
    ],
)
def test_a_protest_its_words_call_peaceful_is_read_peaceful(nlp, text):
    assert reads_protest_told_peaceful(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "A peaceful march turned violent when youths torched cars in the city centre.",
        "Protesters who had gathered peacefully later clashed with police and burned tyres.",
        "Police dispersed what began as a peaceful rally after shops were looted.",
        "Students protesting fees pelted police with stones in the capital.",
    ],
)
def test_a_peace_told_as_how_it_began_or_a_violent_crowd_is_no_peaceful_reading(nlp, text):
    assert not reads_protest_told_peaceful(first_sentence(nlp, text))


def test_force_on_a_protest_told_peaceful_is_no_violent_demonstration(analyse):
    text = (
        "Gendarmes fired tear gas to scatter market women who were marching peacefully "
        "against new stall fees in Bafoussam on Tuesday, witnesses said."
    )
    assert "Violent demonstration" not in acled_types(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Clashes broke out between riot police and demonstrators near the central mosque.",
        "Later in the evening, marchers scuffled with riot officers near the governor's residence.",
        "Demonstrators clashed with security forces outside the parliament on Tuesday.",
    ],
)
def test_protesters_as_a_side_of_a_fight(nlp, text):
    assert reads_protesters_fight(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Fierce clashes between the army and rebels continued near the border.",
        "Police arrested 12 protesters in the capital.",
    ],
)
def test_a_fight_without_protesters_or_an_arrest_is_no_fight_of_protesters(nlp, text):
    assert not reads_protesters_fight(first_sentence(nlp, text))


def test_a_rally_told_before_a_fight_of_protesters_turns_violent(analyse):
    text = (
        "Thousands of opposition supporters held rallies in several towns on Saturday to "
        "reject the election results. Later that night, clashes erupted between riot police "
        "and protesters in the suburb of Kiteezi, witnesses said."
    )
    types = acled_types(analyse, text)
    assert "Violent demonstration" in types
    assert "Peaceful protest" not in types


def test_a_rally_with_no_fight_after_it_stays_peaceful(analyse):
    text = (
        "Thousands of opposition supporters held rallies in several towns on Saturday to "
        "reject the election results. Organisers said the marches would resume next week."
    )
    assert "Violent demonstration" not in acled_types(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab fighters now control the town of Bulo Burde after government troops withdrew.",
        "Armed gangs are now in charge of Cite Soleil and two nearby districts.",
        "Bandits are now running three villages near Gusau, residents said.",
    ],
)
def test_an_armed_group_now_ruling_a_place(nlp, text):
    assert reads_armed_rule_now(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The army now controls the town after a week of fighting.",
        "Gangs control most of the capital, the UN said.",
        "Rebels are now running out of ammunition.",
    ],
)
def test_a_state_force_a_standing_rule_or_no_place_is_no_new_rule(nlp, text):
    assert not reads_armed_rule_now(first_sentence(nlp, text))


def test_gangsters_now_running_a_town_have_overtaken_it(analyse):
    text = "Armed gangsters are now running Cabaret, having moved in after the last soldiers left."
    assert "Non-state actor overtakes territory" in acled_types(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State group claimed responsibility on Friday for the car bomb that killed "
        "12 people in a market in Kabul.",
        "Hours after the ambush on the convoy, a separatist faction took responsibility for "
        "the deaths of four soldiers.",
        "The rebels denied responsibility for the massacre of villagers in Beni.",
    ],
)
def test_a_claim_of_responsibility_is_read(nlp, text):
    assert reads_claim_of_responsibility(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed the police post and later claimed responsibility in a video.",
        "Militants killed six soldiers near Gao, the army said.",
    ],
)
def test_violence_told_in_a_main_clause_is_no_claim(nlp, text):
    assert not reads_claim_of_responsibility(first_sentence(nlp, text))


def test_a_claim_of_responsibility_gets_no_acled_type(analyse):
    text = (
        "A Baloch separatist group claimed responsibility for an attack that killed three "
        "labourers at a construction site near Turbat, in a statement on Monday."
    )
    assert acled_types(analyse, text) <= {None}


@pytest.mark.parametrize(
    "text",
    [
        "Investigators say the militia has been smuggling rockets and drone engines across the "
        "border from Sudan.",
        "Moscow is buying attack drones from Tehran, Western officials said on Tuesday.",
    ],
)
def test_arms_supplied_or_received_with_no_violence_is_read(nlp, text):
    assert reads_arms_supply(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Drones supplied by Iran struck the port of Odesa overnight.",
        "Rebels fired rockets bought abroad at the airport.",
    ],
)
def test_arms_that_strike_or_are_fired_are_no_supply_report(nlp, text):
    assert not reads_arms_supply(first_sentence(nlp, text))
