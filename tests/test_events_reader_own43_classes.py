"""Classes of phrasing read from reader_own43's tune misses and stop 63's list (round r44,
reader48). Every sentence here was written for these tests; none comes from a gold set."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A shopkeeper in Kisumu swung a machete at two council officials, police said.", "swung"),
        ("A drunk passenger swung a bottle at a woman on the platform in Mombasa.", "swung"),
        ("One of the smugglers lunged at a customs officer with a knife.", "lunged"),
    ],
)
def test_events_reader_own43_a_blow_swung_at_a_person_is_assault(resources, text, trigger):
    # "swung an oar at an agent": swinging something at a person (or lunging at one) is a blow
    # aimed at them (own_triggers.tsv "swing at @person" rows), which read no event before
    events = pipeline_events(text, resources)
    assert any(e.trigger.split()[0] == trigger and e.plover_type == "ASSAULT" for e in events), [
        (e.trigger, e.plover_type) for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The mood in the chamber swung at the last minute, aides said.",
        "The crane swung the container onto the deck of the ship.",
    ],
)
def test_events_reader_own43_other_swings_are_no_assault(resources, text):
    # guard: a swing at a time or a thing swung onto a deck is no blow
    assert not any(e.plover_type == "ASSAULT" for e in pipeline_events(text, resources))


@pytest.mark.parametrize(
    "text",
    [
        "Four Ghanaian fishermen were released on Friday and handed to Ghanaian consular officials "
        "in Lome, Togo's navy said.",
        "Two Nepali traders were freed on Tuesday and handed to district officials in Darchula, "
        "police said.",
    ],
)
def test_events_reader_own43_people_freed_and_handed_to_someone_are_released(resources, text):
    # "were released on Thursday and handed to immigration officers": a bare "handed" joined to
    # a release is the same release told by its hand-over (RETREAT 0841), where it read no event
    events = [e for e in pipeline_events(text, resources) if e.trigger.split()[0] == "handed"]
    assert events and events[0].plover_type == "RETREAT", [(e.trigger, e.plover_type) for e in events]


def test_events_reader_own43_things_sorted_and_handed_on_are_no_release(resources):
    # guard: a bare "handed" joined to another verb than a release keeps today's reading (none)
    text = "The ballot papers were counted on Sunday and handed to election officials in Lome."
    assert not any(e.plover_type == "RETREAT" for e in pipeline_events(text, resources))


@pytest.mark.parametrize(
    "text",
    [
        "The students left two hours later, police in Dhaka said.",
        "The fishermen left shortly afterwards, a local official in Lamu said.",
    ],
)
def test_events_reader_own43_people_who_simply_left_did_no_act(resources, text):
    # "The crowd left half an hour later": a bare "left" with no place left, no destination and
    # no purpose is no visit (CAMEO's bare "leave" row read CONSULT 040)
    events = pipeline_events(text, resources)
    assert not any(e.trigger.split()[0] == "left" for e in events), [
        (e.trigger, e.plover_type) for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan foreign minister left for Moscow on Sunday.",
        "The Ugandan delegation left Nairobi on Monday.",
    ],
)
def test_events_reader_own43_a_departure_to_or_from_a_place_keeps_its_reading(resources, text):
    # guard: a "leave" with a destination or the place left keeps CAMEO's reading
    events = pipeline_events(text, resources)
    assert any(e.trigger.split()[0] == "left" for e in events), [
        (e.trigger, e.plover_type) for e in events
    ]
