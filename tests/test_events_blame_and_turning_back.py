"""Short round r9 (coord11): a blame told after the hostile act it blames ranks below that act;
turning back boats or people is expelling them; burning down a building is an attack. Every text
here was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on, pipeline_events

pytestmark = pytest.mark.slow


def _main(events):
    return max(events, key=lambda e: e.confidence)


@pytest.mark.parametrize(
    ("text", "main_word"),
    [
        (
            "Militants stormed a checkpoint in the north of Chad on Monday, the army said, "
            "blaming a separatist group.",
            "stormed",
        ),
        (
            "Gunmen killed twelve villagers in Borno state on Sunday, and the governor blamed "
            "Boko Haram for the massacre.",
            "killed",
        ),
        (
            "Rockets hit an air base near Baghdad overnight, with officials accusing "
            "Iran-backed militias.",
            "hit",
        ),
    ],
)
def test_blame_after_the_act_it_blames_ranks_below_the_act(text, main_word, resources):
    assert _main(pipeline_events(text, resources)).trigger.split()[0] == main_word


def test_blame_whose_own_clause_holds_the_act_stays_the_main_event(resources):
    text = (
        "Georgia's foreign ministry blamed Russia for detaining three shepherds near the boundary."
    )
    main = _main(pipeline_events(text, resources))
    assert (main.trigger, main.plover_type) == ("blamed", "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        "The navy turned back three fishing boats from Vietnam.",
        "Border guards turned back hundreds of migrants at the crossing.",
        "Greek coast guards turned away a boat carrying refugees off Lesbos.",
    ],
)
def test_turning_back_boats_or_people_is_expelling_them(text, resources):
    assert event_on(pipeline_events(text, resources), "turned").plover_type == "COERCE"


def test_a_convoy_turning_back_is_no_expulsion(resources):
    events = pipeline_events(
        "The convoy turned back after a landslide blocked the road.", resources
    )
    assert not [e for e in events if e.trigger.startswith("turned")]


def test_burning_down_a_building_is_an_attack(resources):
    events = pipeline_events(
        "Rioters burned down the district council office in the night.", resources
    )
    assert event_on(events, "burned").plover_type == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "The rebels pulled back their artillery from the hills above the town on Friday.",
        "Both armies pulled back heavy weapons from the contact line, monitors said.",
        "The militia pulled its fighters back from the outskirts of the city.",
    ],
)
def test_guns_and_fighters_pulled_back_are_a_military_retreat(text, resources):
    # with "back" read as the particle before or after the object, the bare "pull back" entry
    # (a concession) must not win over the military reading (stop 31, the lead)
    assert [e.plover_type for e in pipeline_events(text, resources)] == ["RETREAT"]
