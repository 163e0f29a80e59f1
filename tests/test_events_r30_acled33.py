"""Round r30 (issue 9, helper "acled33"): classes of phrasing read from the tune misses of own31
and the round's leftovers. A taking of ground the other side had left well before, no fight told,
is a non-violent transfer of territory (the codebook), a plain "after the army withdrew" stays a
gain; captives named by their nationality are taken people; an exchange of fire told by its noun
is an armed clash, unless it is the prelude of a taking or only possible; a plan or plot foiled
and told with arms seized is a disrupted weapons use; goods carried off with no death told are a
looting; an armed group absorbing others is a change to group/activity; an armed group hoisting
its flag over a building holds the ground (a non-state gain). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import first_sentence

from realpolitik.eval.case import snippet_type
from realpolitik.events.acled_acts import (
    reads_armed_group_flies_flag,
    reads_exchange_of_fire,
    reads_goods_carried_off,
    reads_people_seized_by_captors,
)
from realpolitik.events.acled_phrases import reads_bombing_stopped, reads_group_change
from realpolitik.events.acled_typing import reads_ground_left_before

pytestmark = pytest.mark.slow  # needs the English parse

TRANSFER = "Non-violent transfer of territory"


@pytest.mark.parametrize(
    "text",
    [
        "Rebel fighters took the town of Kalehe on Sunday, which the soldiers had left two days "
        "earlier, residents said.",
        "Militiamen captured the district headquarters of Soro, which government troops had "
        "abandoned the previous week, a local chief said.",
        "Jihadist fighters moved into the town of Kere on Tuesday, two days after the soldiers "
        "pulled out of their camp there, residents said.",
    ],
)
def test_ground_taken_that_the_other_side_had_left_before_is_a_transfer(analyse, nlp, text):
    assert reads_ground_left_before(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == TRANSFER


@pytest.mark.parametrize(
    "text",
    [
        # a plain "after" clause: the earlier sets type such a taking both ways
        "Militants overran the village of Kaya after soldiers withdrew, residents said.",
        # a fight told: the side that left lost the ground to it
        "Rebels took the town of Masisi, which the soldiers had left after two days of fighting, "
        "residents said.",
        # a shelling told: CASE types the retaking a gain
        "Government forces recovered two villages from rebels who had withdrawn following heavy "
        "shelling, a monitor said.",
    ],
)
def test_ground_left_just_before_or_after_a_fight_reads_no_ground_left_before(nlp, text):
    assert not reads_ground_left_before(first_sentence(nlp, text))


def test_gunmen_who_took_foreign_nationals_from_a_mine_abducted_them(analyse, nlp):
    text = (
        "Gunmen took three Chinese nationals from a gold mining site near Djibasso on Tuesday, "
        "a security source said."
    )
    assert reads_people_seized_by_captors(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Abduction/forced disappearance"


@pytest.mark.parametrize(
    "text",
    [
        "There was an exchange of fire near the border post of Malakal on Monday, a local "
        "official said.",
        "Residents of Rutshuru heard heavy exchanges of gunfire for several hours on Wednesday "
        "night, a local radio said.",
    ],
)
def test_an_exchange_of_fire_told_by_its_noun_is_an_armed_clash(analyse, nlp, text):
    assert reads_exchange_of_fire(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "The two sides agreed an exchange of prisoners on Friday, mediators said.",
        "There was no exchange of fire when the troops entered the town, residents said.",
        "Diplomats fear the exchange of fire near the border post could resume within days.",
        "Officials on both sides are anxious to avoid an exchange of fire that nobody wants "
        "along the ridge.",
        "Insurgents occupied the district headquarters on Saturday after a brief exchange of "
        "fire with police, who fled, local sources said.",
    ],
)
def test_exchange_not_of_fire_denied_possible_or_a_prelude_reads_no_exchange_of_fire(nlp, text):
    assert not reads_exchange_of_fire(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Police thwarted a plot to attack a church in Kano, seizing two suicide vests from a "
        "house, a spokesman said.",
        "Counter-terrorism officers in Quetta said they had foiled a plan to strike a bus "
        "terminal, recovering an explosive belt and three pistols from a rented room.",
    ],
)
def test_a_foiled_plan_told_with_arms_seized_is_a_disrupted_weapons_use(analyse, nlp, text):
    assert reads_bombing_stopped(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Disrupted weapons use"


def test_a_foiled_plan_told_with_no_arms_reads_no_bombing_stopped(nlp):
    text = "Police thwarted a plan to attack a church in Kano, arresting two men, a spokesman said."
    assert not reads_bombing_stopped(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Bandits stormed the hamlet of Gidan Dawa before dawn, driving away about 300 cattle and "
        "goats; villagers said no one was hurt.",
        "Bandits raided the village of Sabon Birni overnight, making off with more than 200 "
        "cattle and goats, the village head said.",
    ],
)
def test_goods_carried_off_with_no_death_are_a_looting(analyse, nlp, text):
    assert reads_goods_carried_off(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Looting/property destruction"


@pytest.mark.parametrize(
    "text",
    [
        # a raid that kills is an attack
        "Gunmen raided a clinic in Djugu, made off with medicine and a generator, and shot dead "
        "two nurses, a local official said.",
        # a person's phone stolen is a robbery
        "Two youths beat a pensioner outside the station before stealing his phone and shoes, "
        "police said.",
    ],
)
def test_goods_taken_in_a_killing_or_a_robbery_read_no_goods_carried_off(nlp, text):
    assert not reads_goods_carried_off(first_sentence(nlp, text))


def test_a_gang_that_absorbed_a_rival_gang_changed_its_group(analyse, nlp):
    text = (
        "The Village de Dieu gang said in a video on Monday that it had absorbed a smaller rival "
        "group from Martissant, a police source said."
    )
    assert reads_group_change(first_sentence(nlp, text))


def test_a_firm_that_absorbed_losses_reads_no_group_change(nlp):
    text = (
        "The mining firm absorbed heavy losses after the armed group blocked its road for months."
    )
    assert not reads_group_change(first_sentence(nlp, text))


def test_rebels_who_raised_their_flag_over_an_office_after_a_battle_took_the_ground(analyse, nlp):
    text = (
        "Residents of Kiwanja said M23 fighters were patrolling the streets on Friday after a day "
        "of heavy fighting with the army, which retreated towards Rutshuru; the rebels raised "
        "their flag over the administrator's office."
    )
    assert reads_armed_group_flies_flag(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Non-state actor overtakes territory"


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers raised the national flag over the town hall of Kidal on Thursday, the army said.",
        "Protesters raised a banner over the main square demanding fuel subsidies, witnesses said.",
    ],
)
def test_a_flag_raised_by_soldiers_or_protesters_reads_no_armed_group_flag(nlp, text):
    assert not reads_armed_group_flies_flag(first_sentence(nlp, text))
