"""Classes of phrasing read from reader_own47's tune misses and stop 67's list (round r48,
reader52). Every sentence here was written for these tests; none comes from a gold set."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events


def _read(events):
    return [(e.trigger, e.plover_type, e.polarity) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "A Chinese coast guard ship trailed the Filipino supply boat for two hours on Tuesday.",
        "Two Iranian gunboats trailed the tanker through the strait, the navy said.",
    ],
)
def test_events_reader_own47_a_craft_trailing_a_boat_presses_it(resources, text):
    # "a police launch trailed their boats": following another party's boat or ship closely is
    # pressure at sea (COERCE 170), as shadowing or tailing it is; "trail" read nothing
    events = pipeline_events(text, resources)
    assert any(e.trigger.startswith("trailed") and e.plover_type == "COERCE" for e in events), _read(events)


def test_events_reader_own47_a_party_trailing_in_the_polls_is_no_event(resources):
    # guard: a party behind another in a poll presses no one
    events = pipeline_events("The governing party trailed the opposition by four points in the poll.", resources)
    assert not any(e.trigger.startswith("trailed") for e in events), _read(events)


@pytest.mark.parametrize(
    "text",
    [
        "Protesters tore down the French flag outside the embassy in Niamey.",
        "Students pulled down an American flag at the consulate on Friday.",
    ],
)
def test_events_reader_own47_a_flag_torn_down_is_a_protest(resources, text):
    # "a crowd ... tore down a Serbian flag at the consulate": a flag torn or pulled down is a
    # protest, as a flag burned is; the verbs read an attack or a withdrawal
    events = pipeline_events(text, resources)
    assert any(e.plover_type == "PROTEST" for e in events), _read(events)


def test_events_reader_own47_a_hall_torn_down_is_no_protest(resources):
    # guard: a building torn down keeps the verb's own reading
    events = pipeline_events("Workers tore down the old market hall in the town centre.", resources)
    assert not any(e.plover_type == "PROTEST" for e in events), _read(events)


@pytest.mark.parametrize(
    "text",
    [
        "Two police boats were moved to the lake port of Kisumu on Sunday.",
        "The coast guard moved two cutters to the estuary after the incident.",
    ],
)
def test_events_reader_own47_armed_craft_moved_are_forces_moved(resources, text):
    # "Three Croatian police boats have been moved to Vukovar": armed craft moved to a place are a
    # show of force (MOBILIZE 154), as warships moved or sent are
    events = pipeline_events(text, resources)
    assert any(e.trigger.startswith("moved") and e.plover_type == "MOBILIZE" for e in events), _read(events)


def test_events_reader_own47_a_boat_moved_to_a_dock_is_no_show_of_force(resources):
    # guard: a boat moved for repairs is no event
    events = pipeline_events("The owners moved the boat to a dry dock for repairs.", resources)
    assert not any(e.plover_type == "MOBILIZE" for e in events), _read(events)


@pytest.mark.parametrize(
    "text",
    [
        "The guards made the prisoners sign confessions, a lawyer said.",
        "Border police made the lorry drivers empty their trailers on Monday.",
        "They made us kneel on the deck for an hour, one of the sailors said.",
    ],
)
def test_events_reader_own47_people_made_to_act_are_coerced(resources, text):
    # "They made us sign papers", "made their drivers unload": people made by a party to do what
    # those holding or stopping them order is coercion (COERCE 170, `compelled_acts`)
    events = pipeline_events(text, resources)
    assert any(e.trigger.startswith("made") and e.plover_type == "COERCE" for e in events), _read(events)


@pytest.mark.parametrize(
    "text",
    [
        "The teacher made the pupils write an essay about the war.",
        "The new rules made farmers wait longer for their permits.",
    ],
)
def test_events_reader_own47_a_making_of_no_compelled_act_is_no_coercion(resources, text):
    # guards: an act outside the list, or a maker that is no party, is no coercion
    events = pipeline_events(text, resources)
    assert not any(e.plover_type == "COERCE" for e in events), _read(events)


@pytest.mark.parametrize(
    "text",
    [
        "Fishermen complained about repeated inspections of their boats by the coast guard.",
        "Police checks on Ugandan lorries at Malaba went on all day, drivers said.",
    ],
)
def test_events_reader_own47_craft_searched_told_by_the_noun_are_pressed(resources, text):
    # "The inspections of Serbian fruit lorries", "The checks on ... cheese lorries": a search,
    # inspection or check of vessels or vehicles told by its noun is force short of a seizure
    # (COERCE 170), as the verb "searched two trawlers" reads (`force_acts.craft_searched_noun`)
    events = pipeline_events(text, resources)
    assert any(e.trigger.startswith(("inspections", "checks")) and e.plover_type == "COERCE" for e in events), _read(
        events
    )


@pytest.mark.parametrize(
    "text",
    ["Safety inspections of school buses will begin in May.", "The search for survivors went on through the night."],
)
def test_events_reader_own47_a_civil_check_or_a_search_for_people_is_no_pressure(resources, text):
    # guards: a safety inspection, or a search for people, presses no one
    events = pipeline_events(text, resources)
    assert not any(e.plover_type == "COERCE" for e in events), _read(events)


@pytest.mark.parametrize(
    "text",
    [
        "The coast guard officers who boarded the Santa Lucia on Friday found no weapons.",
        "The marines who boarded the Amira said the crew resisted.",
    ],
)
def test_events_reader_own47_a_force_that_boarded_a_named_vessel_in_a_relative_clause(resources, text):
    # "The river police officers who boarded the Lasta 3": the relative pronoun stands for the
    # force, so a vessel named by its name alone is boarded by a force (COERCE 171)
    events = pipeline_events(text, resources)
    assert any(e.trigger.startswith("boarded") and e.plover_type == "COERCE" for e in events), _read(events)


def test_events_reader_own47_passengers_who_boarded_a_named_ferry_seize_nothing(resources):
    # guard: passengers boarding a ship by name are no force
    events = pipeline_events("The passengers who boarded the Princess Ana in Split were mostly tourists.", resources)
    assert not any(e.plover_type == "COERCE" for e in events), _read(events)
