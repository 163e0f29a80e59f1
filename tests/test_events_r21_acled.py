"""Round r21 (issue 9, helper "acled24"): classes of phrasing read from the tune misses of own22.
A unit under a nationality is a state's force, so its driving an armed group from a place is the
state's gain; a vehicle bomb that rams its target told passively, or set off by its driver, is a
suicide bomb; insurgents killing civilians with no second side is an attack, not a non-event.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import acled_types, first_sentence

from realpolitik.events.acled_acts import (
    names_state_side,
    reads_group_dislodged,
    reads_suicide_bombing,
)
from realpolitik.events.acled_phrases import reads_insurgents_killing_civilians

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan and Ugandan contingents pushed al-Shabaab fighters out of the town of Bulo Marer "
        "on Friday after a two-day operation, a military spokesman said.",
        "Nigerian battalions drove the jihadists out of the village of Kirawa on Monday.",
    ],
)
def test_national_units_driving_an_armed_group_out_are_the_state_regaining_ground(
    analyse, nlp, text
):
    assert reads_group_dislodged(first_sentence(nlp, text))
    assert "Government regains territory" in acled_types(analyse, text)


def test_a_unit_with_no_nationality_is_no_state_side(nlp):
    sent = first_sentence(nlp, "Rebel units pushed the army out of the town of Kiwanja on Friday.")
    units = [t for t in sent if t.lower_ == "units"]
    assert not names_state_side(units[0])
    assert not reads_group_dislodged(sent)


@pytest.mark.parametrize(
    "text",
    [
        "The gate of the governor's compound was rammed by a truck laden with explosives on "
        "Sunday, killing nine guards.",
        "A van packed with explosives rammed the police station on Tuesday, killing six officers.",
        "The driver of an explosives-laden pickup blew it up at the entrance of the barracks on "
        "Monday, killing five soldiers.",
    ],
)
def test_a_vehicle_bomb_rammed_in_or_set_off_by_its_driver_is_a_suicide_bomb(analyse, nlp, text):
    assert reads_suicide_bombing(first_sentence(nlp, text))
    assert "Suicide bomb" in acled_types(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb parked outside the market exploded on Friday, killing four people.",
        "The truck driver was killed when his lorry hit a landmine on the road on Friday.",
    ],
)
def test_a_parked_car_bomb_or_a_driver_killed_is_no_suicide_bomb(nlp, text):
    assert not reads_suicide_bombing(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Jihadists stormed a hamlet near the border and executed eleven villagers on Wednesday, "
        "survivors said.",
        "Separatist militants hacked two farmers to death in their field on Sunday, the mayor "
        "said.",
    ],
)
def test_insurgents_killing_civilians_is_an_attack(analyse, nlp, text):
    assert reads_insurgents_killing_civilians(first_sentence(nlp, text))
    assert "Attack" in acled_types(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Militants and soldiers clashed near the village after the insurgents killed two herders.",
        "Gunmen shot dead a shopkeeper in the city centre during a robbery, police said.",
        "Police arrested two farmers who had killed a goat.",
    ],
)
def test_killings_with_two_sides_or_no_insurgent_are_not_read_as_insurgents_on_civilians(
    nlp, text
):
    assert not reads_insurgents_killing_civilians(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Three gunmen dragged the headteacher into a pickup outside the school and beat him, "
        "residents said.",
        "Men in uniform shoved the mayor into an unmarked car on Tuesday night and drove away.",
    ],
)
def test_a_person_named_by_office_bundled_into_a_vehicle_is_taken(analyse, nlp, text):
    from realpolitik.events.acled_phrases import reads_disappearance

    assert reads_disappearance(first_sentence(nlp, text))
    assert "Abduction/forced disappearance" in acled_types(analyse, text)


def test_a_person_pulled_into_a_vehicle_is_an_abduction_carried_by_the_pulling(analyse):
    text = "Gunmen pulled a businessman from his shop into a waiting jeep on Sunday."
    assert acled_types(analyse, text) == {"Abduction/forced disappearance"}


def test_a_weapon_disarmed_carries_the_disrupted_weapons_use(analyse):
    text = "Police disarmed a rocket launcher set up in a garden on the edge of the town on Saturday."
    assert acled_types(analyse, text) == {"Disrupted weapons use"}


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas at motorcyclists blocking the ring road over fuel prices on Friday.",
        "Gendarmes used water cannon on traders who had barricaded the bridge into the market town.",
    ],
)
def test_nonlethal_force_on_civilians_blocking_a_road_is_a_protest_with_intervention(
    analyse, text
):
    assert "Protest with intervention" in acled_types(analyse, text)


def test_tear_gas_in_a_raid_with_no_protest_nor_blockade_is_no_dispersal(nlp):
    from realpolitik.events.acled_protest_force import reads_nonlethal_dispersal

    sent = first_sentence(nlp, "Police fired tear gas into a house during a drugs raid on Friday.")
    assert not reads_nonlethal_dispersal(sent)


def test_control_of_a_place_named_by_its_modifier_handed_over_is_a_transfer(analyse):
    text = "The rebels handed control of the river port to a tribal council on Monday under a deal."
    assert "Non-violent transfer of territory" in acled_types(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Mothers held a candlelit vigil outside the jail on Sunday, calling for news of their "
        "detained children.",
        "Relatives of jailed reporters staged a sit-in at the courthouse on Monday.",
    ],
)
def test_a_protest_for_people_held_earlier_is_the_protest(analyse, nlp, text):
    from realpolitik.events.acled_protest_force import reads_protest_for_the_held

    assert reads_protest_for_the_held(first_sentence(nlp, text))
    assert "Arrests" not in acled_types(analyse, text)


def test_protesters_detained_at_a_rally_are_no_protest_for_the_held(nlp):
    from realpolitik.events.acled_protest_force import reads_protest_for_the_held

    text = "Police detained twelve protesters at a rally outside parliament on Tuesday."
    assert not reads_protest_for_the_held(first_sentence(nlp, text))
