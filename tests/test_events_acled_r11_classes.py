"""Round r11 (issue 9, helper "acled13"): classes of phrasing read from the tune misses of own12.
Protesters killed by a state force, or by its gunfire, are excessive force against protesters;
people arrested before a protest still to come are arrests, not the protest's intervention; a
camp set up or installed by an armed side is a base established; tyres or barricades set burning
are a violent demonstration. From the CASE tune out-of-fold misses: a cooking gas explosion with
no armed actor is an accident. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import acled_types, first_sentence

from realpolitik.events.acled_acts import reads_lethal_force_on_protest
from realpolitik.events.acled_phrases import reads_base_set_up
from realpolitik.events.acled_protest_force import (
    protest_force,
    reads_arrest_before_protest,
    reads_burning_barricades,
)
from realpolitik.events.acled_typing import _reads_accident

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Four marchers killed by army gunfire on the bridge, a hospital director says",
        "Troops killed three demonstrators outside the governor's office on Friday.",
        "Two people protesting the fuel tax were killed by riot police, their families said.",
    ],
)
def test_protesters_killed_by_a_state_force_is_lethal_force_on_a_protest(nlp, text):
    assert reads_lethal_force_on_protest(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Masked gunmen killed two marchers as they walked home from the vigil.",
        "Demonstrators killed a soldier during the riot, the ministry said.",
        "Police killed two suspected kidnappers in a raid on the farm.",
    ],
)
def test_a_killing_by_no_state_force_or_of_no_protester_is_no_lethal_force_on_a_protest(nlp, text):
    assert not reads_lethal_force_on_protest(first_sentence(nlp, text))


def test_protesters_killed_by_police_gunfire_are_typed_excessive_force(analyse):
    text = "Three marchers killed by police gunfire near the toll plaza, the ombudsman says"
    assert "Excessive force against protesters" in acled_types(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police detained 40 opposition supporters overnight ahead of Sunday's rally, the party said.",
        "Officers arrested six student leaders before a march planned for Monday.",
        "Security agents rounded up union organisers prior to the scheduled demonstration.",
    ],
)
def test_an_arrest_before_a_protest_still_to_come_is_read(nlp, text):
    sent = first_sentence(nlp, text)
    assert reads_arrest_before_protest(sent)
    assert protest_force(sent) != "Protest with intervention"


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested twenty demonstrators at a rally outside the ministry.",
        "Officers detained a cleric who spoke at last month's march.",
    ],
)
def test_an_arrest_at_or_after_a_protest_is_no_arrest_before_a_protest(nlp, text):
    assert not reads_arrest_before_protest(first_sentence(nlp, text))


def test_activists_arrested_ahead_of_a_rally_are_typed_arrests(analyse):
    text = "Police detained 40 opposition supporters overnight ahead of Sunday's rally, the party said."
    assert "Arrests" in acled_types(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Villagers say a rebel faction has installed a camp in the hills above the dam.",
        "A new camp was set up by the militia beside the airstrip last month.",
        "Guerrillas built a camp near the river crossing, farmers said.",
    ],
)
def test_a_camp_set_up_by_an_armed_side_is_a_base_set_up(nlp, text):
    assert reads_base_set_up(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Aid agencies set up camps for families displaced by the floods.",
        "Students set up a protest camp outside the university gates.",
    ],
)
def test_a_camp_of_no_armed_side_is_no_base_set_up(nlp, text):
    assert not reads_base_set_up(first_sentence(nlp, text))


def test_a_camp_installed_by_a_faction_is_typed_a_base_established(analyse):
    text = "Villagers say a rebel faction has installed a camp in the hills above the dam."
    assert "Headquarters or base established" in acled_types(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Youths blocked the highway with burning tyres after a boy died in a police cell.",
        "Angry residents set barricades ablaze at the junction, halting traffic for hours.",
        "Crowds torched tyres outside the district office on Monday night.",
    ],
)
def test_tyres_or_barricades_set_burning_are_read(nlp, text):
    sent = first_sentence(nlp, text)
    assert reads_burning_barricades(sent)
    assert protest_force(sent) == "Violent demonstration"


@pytest.mark.parametrize(
    "text",
    [
        "The factory recycles old tyres into rubber mats.",
        "Workers removed the barricades from the main road on Sunday.",
    ],
)
def test_tyres_or_barricades_not_burning_are_not_read(nlp, text):
    assert not reads_burning_barricades(first_sentence(nlp, text))


def test_young_men_blocking_streets_with_flaming_tyres_are_typed_a_violent_demonstration(analyse):
    text = "Young men angry over a death in custody wrecked a police post and blocked roads with flaming tyres."
    assert "Violent demonstration" in acled_types(analyse, text)


def test_a_cooking_gas_explosion_with_no_armed_actor_is_an_accident(nlp):
    told = first_sentence(nlp, "A cooking gas canister blew up at a roadside food stall, killing three customers.")
    assert _reads_accident(told)


def test_a_bomb_in_a_cooking_pot_set_by_militants_is_no_accident(nlp):
    hit = first_sentence(nlp, "Militants hid a bomb in a cooking pot at the market, killing three customers.")
    assert not _reads_accident(hit)
