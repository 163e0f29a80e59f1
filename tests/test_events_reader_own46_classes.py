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


@pytest.mark.parametrize(
    "text",
    [
        "A Chinese coast guard ship circled the Filipino supply boat for an hour on Tuesday.",
        "Fishermen said two warships circled their trawlers off Hormuz on Friday.",
    ],
)
def test_events_reader_own46_a_craft_circling_a_boat_presses_it(resources, text):
    # "a Salvadoran gunboat circled their launches": circling another party's boat or ship is
    # pressure at sea (COERCE 170), as shadowing it is, not the encirclement (ASSAULT) of ground
    events = pipeline_events(text, resources)
    assert any(e.trigger.startswith("circled") and e.plover_type == "COERCE" for e in events), _read(events)


def test_events_reader_own46_fighters_circling_a_town_keep_the_encirclement(resources):
    # guard: ground circled keeps the verb's own reading
    events = pipeline_events("Militiamen circled the market town of Kadugli on Monday.", resources)
    assert not any(e.trigger.startswith("circled") and e.plover_type == "COERCE" for e in events), _read(events)


@pytest.mark.parametrize(
    "text",
    [
        "Chad said it was open to talks with the rebels in Doha.",
        "The spokesman added that the government remained open to dialogue with the strikers.",
    ],
)
def test_events_reader_own46_open_to_talks_told_is_an_offer(resources, text):
    # "said Kinshasa was open to talks": a cooperative act a party is told to be open to is an
    # offer told (an asserted AGREE on the verb of telling), as "said it was ready to hold talks"
    events = pipeline_events(text, resources)
    assert any(e.plover_type == "AGREE" and e.polarity == "asserted" for e in events), _read(events)
    assert any(e.plover_type == "CONSULT" and e.polarity != "asserted" for e in events), _read(events)


def test_events_reader_own46_not_open_to_talks_is_no_offer(resources):
    # guard: "was not open to talks" offers nothing
    events = pipeline_events("The minister said Niger was not open to talks with the junta.", resources)
    assert not any(e.plover_type == "AGREE" for e in events), _read(events)
