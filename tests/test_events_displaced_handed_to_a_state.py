"""Displaced people handed over or back to a state are returned against their will (PLOVER COERCE,
CAMEO 174; `extract._displaced_handed_to_a_state`), and weapons fired during an exercise are a
show of force (`shown_weapons`), stop 64, lead. Sentences written for these tests, not the probes
that prompted the classes."""

from __future__ import annotations

import pytest
from event_helpers import event_on, pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Border guards handed over 25 Afghan refugees to Afghan border police at Spin Boldak.",
        "Libya's coast guard handed back 70 Sudanese asylum seekers to the authorities in Khartoum.",
        "Iranian police handed 300 Afghan migrants over to the Taliban authorities at Islam Qala.",
    ],
)
def test_displaced_people_handed_to_a_state_are_deported(resources, text):
    event = event_on(pipeline_events(text, resources), "handed")
    assert (event.plover_type, event.cameo_root) == ("COERCE", "17")


def test_refugees_handed_to_an_aid_agency_keep_the_aid_reading(resources):
    text = "Peacekeepers handed over the injured refugees to the Red Crescent in Bentiu."
    assert event_on(pipeline_events(text, resources), "handed").plover_type == "AID"


def test_suspects_handed_to_police_stay_a_judicial_hand_over(resources):
    text = "Algeria handed over two suspects to the French police."
    assert event_on(pipeline_events(text, resources), "handed").plover_type == "COOPERATE"


@pytest.mark.parametrize(
    "text",
    [
        "Marines fired rockets during a beach-landing exercise on the island of Hainan.",
        "Gunners fired howitzer shells at a firing range near Pokhran as part of winter exercises.",
    ],
)
def test_weapons_fired_during_an_exercise_are_a_show_of_force(resources, text):
    assert event_on(pipeline_events(text, resources), "fired").plover_type == "MOBILIZE"


def test_shells_fired_at_a_side_stay_an_assault(resources):
    text = "Artillery fired shells at rebel trenches outside Goma on Sunday."
    assert event_on(pipeline_events(text, resources), "fired").plover_type == "ASSAULT"
