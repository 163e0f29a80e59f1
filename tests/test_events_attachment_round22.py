"""Who did it to whom, issue 9 item 1's twenty-second attachment round (round r10b), on sentences
written for the test (not the own held-out or PLOVER sentences whose misses prompted the
classes): a state's adjective on a noun of forces sent, a concession that meets a named demand,
and a mobilisation aimed at whom its purpose clause fights."""

from __future__ import annotations

import pytest
from event_helpers import countries_of, event_with_trigger, pipeline_events

pytestmark = pytest.mark.slow


def _main(events):
    return sorted(events, key=lambda e: (-e.confidence, e.trigger_start))[0]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Georgian units were moved closer to the border with Russia on Tuesday.", "GEO", "RUS"),
        ("Armenian detachments were sent toward the frontier with Azerbaijan.", "ARM", "AZE"),
    ],
)
def test_events_round22_a_states_adjective_on_forces_sent_makes_the_state_the_sender(
    resources, text, source, target
):
    sent = event_with_trigger(pipeline_events(text, resources), text.split()[3])
    assert countries_of(sent.source) == {source}, sent.source
    assert target in countries_of(sent.target), sent.target


def test_events_round22_things_moved_are_no_forces(resources):
    events = pipeline_events(
        "Three thousand housing units were moved to the new register.", resources
    )
    assert all(not e.source for e in events), [e.source for e in events]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Ecuadorian interior minister resigned on Monday, meeting the main demand of "
         "Colombia.", "COL"),
        ("Nepal's home minister resigned, satisfying a key demand from India.", "IND"),
    ],
)  # fmt: skip
def test_events_round22_a_concession_meeting_a_demand_is_aimed_at_who_made_it(
    resources, text, target
):
    conceded = event_with_trigger(pipeline_events(text, resources), "resigned")
    assert conceded.plover_type in {"CONCEDE", "RETREAT"}
    assert target in countries_of(conceded.target), conceded.target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Moldova ordered the conscription of 3,000 young men to fight Ukraine.", "UKR"),
        ("Belarus ordered the conscription of 4,000 young men to fight Lithuania.", "LTU"),
    ],
)  # fmt: skip
def test_events_round22_a_mobilisation_is_aimed_at_whom_its_purpose_fights(resources, text, target):
    ordered = event_with_trigger(pipeline_events(text, resources), "ordered")
    assert ordered.plover_type == "MOBILIZE"
    assert target in countries_of(ordered.target), ordered.target


def test_events_round22_a_mobilisation_for_no_fight_keeps_the_people_raised(resources):
    text = "Moldova ordered the conscription of 3,000 young men to rebuild flooded villages."
    ordered = event_with_trigger(pipeline_events(text, resources), "ordered")
    assert {m.text for m in ordered.target} == {"men"}, ordered.target


def test_events_round22_a_ministrys_own_troops_are_its_states_not_the_contexts(resources):
    text = (
        "The Peruvian Ministry of Defence said its troops had withdrawn from two posts near "
        "the border with Ecuador."
    )
    withdrawn = event_with_trigger(pipeline_events(text, resources), "withdrawn")
    assert countries_of(withdrawn.source) == {"PER"}, withdrawn.source
    assert "ECU" in countries_of(withdrawn.target), withdrawn.target


def test_events_round22_a_town_left_that_no_stage_knows_lies_in_its_in_place(resources):
    text = "Rebels of the FNL pulled out of the town of Murenge in western Burundi on Monday."
    pulled = event_with_trigger(pipeline_events(text, resources), "pulled")
    assert pulled.plover_type == "RETREAT"
    assert "BDI" in countries_of(pulled.target), pulled.target


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("The African Union on Monday rejected a call for its troops to be deployed in Libya.",
         "rejected", "LBY"),
        ("NATO turned down a request for its ships to be sent to the Black Sea coast of Georgia.",
         "turned down", "GEO"),
    ],
)  # fmt: skip
def test_events_round22_a_stance_on_sending_ones_forces_is_aimed_where_they_would_go(
    resources, text, trigger, target
):
    stance = event_with_trigger(pipeline_events(text, resources), trigger)
    assert stance.plover_type == "REJECT"
    assert target in countries_of(stance.target), stance.target


def test_events_round22_a_rejected_call_with_no_forces_sent_names_no_place(resources):
    text = "The African Union on Monday rejected a call for elections to be held in Libya."
    rejected = event_with_trigger(pipeline_events(text, resources), "rejected")
    assert "LBY" not in countries_of(rejected.target), rejected.target
