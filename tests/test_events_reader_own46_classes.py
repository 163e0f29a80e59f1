"""Classes of phrasing read from reader_own46's tune misses and stop 66's list (round r47,
reader51). Every sentence here was written for these tests; none comes from a gold set."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events


def _read(events):
    return [(e.trigger, e.plover_type, e.polarity) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The coast guard sent three gunboats to the estuary on Friday.",
        "Two corvettes were sent to the disputed reef after the incident, the ministry said.",
        "Kenya sent two navy launches to the harbour of Lamu on Sunday.",
    ],
)
def test_events_reader_own46_armed_craft_sent_are_forces_moved(resources, text):
    # "have been sent to Amapala" (navy launches and a cutter): armed craft sent are a show of
    # force (MOBILIZE 154), as warships sent are; the verb's own row read aid sent
    events = pipeline_events(text, resources)
    assert any(e.trigger.startswith("sent") and e.plover_type == "MOBILIZE" for e in events), _read(events)


def test_events_reader_own46_food_sent_on_a_boat_keeps_aid(resources):
    # guard: goods sent stay aid sent, whatever carries them
    events = pipeline_events("The agency sent rice and blankets to the island by boat on Monday.", resources)
    assert not any(e.plover_type == "MOBILIZE" for e in events), _read(events)


@pytest.mark.parametrize(
    "text",
    [
        "Their passports were taken from them at the checkpoint, the drivers said.",
        "Militiamen took his wallet and phone from him before letting him go.",
    ],
)
def test_events_reader_own46_a_thing_of_theirs_taken_from_people_is_a_seizure(resources, text):
    # "his radio was taken from him", "the crew's mobile phones were taken from them": a thing of
    # a person's own (a possessive on it) taken from them is a seizure (COERCE 171)
    events = pipeline_events(text, resources)
    assert any(e.trigger.startswith(("taken", "took")) and e.plover_type == "COERCE" for e in events), _read(events)


def test_events_reader_own46_samples_taken_from_a_person_are_no_seizure(resources):
    # guard: nothing of theirs is taken ("blood samples were taken from him")
    events = pipeline_events("Blood samples were taken from him at the clinic on Tuesday.", resources)
    assert not any(e.plover_type == "COERCE" for e in events), _read(events)
