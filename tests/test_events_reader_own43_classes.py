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


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia has proposed talks with Egypt on the dam, the foreign ministry said.",
        "Serbia proposed talks with Kosovo's leaders in Brussels on Friday.",
    ],
)
def test_events_reader_own43_talks_proposed_are_an_offer_to_negotiate(resources, text):
    # "has proposed talks with": proposing talks is offering to negotiate (CAMEO 036, AGREE), as
    # "offer talks" reads, not an appeal (the bare verb's 020 REQUEST)
    events = [e for e in pipeline_events(text, resources) if e.trigger.split()[0] == "proposed"]
    assert events and events[0].plover_type == "AGREE", [(e.trigger, e.plover_type) for e in events]


def test_events_reader_own43_another_thing_proposed_keeps_its_reading(resources):
    # guard: a budget proposed keeps the bare verb's reading (an appeal, REQUEST)
    text = "The opposition proposed a new budget for the health ministry."
    events = [e for e in pipeline_events(text, resources) if e.trigger.split()[0] == "proposed"]
    assert events and events[0].plover_type == "REQUEST", [
        (e.trigger, e.plover_type) for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Shopkeepers called the raid revenge for the strike.",
        "Opposition lawmakers called the arrests an act of vengeance, a spokesman said.",
    ],
)
def test_events_reader_own43_an_act_named_revenge_is_blamed(resources, text):
    # "called the operation revenge for": naming an act revenge or vengeance blames its doer
    # (naming.yaml disapproving_words; CAMEO 111, ACCUSE), where the glued object read a call
    events = [e for e in pipeline_events(text, resources) if e.trigger.split()[0] == "called"]
    assert events and events[0].plover_type == "ACCUSE", [
        (e.trigger, e.plover_type) for e in events
    ]


def test_events_reader_own43_an_act_named_a_success_is_no_blame(resources):
    # guard: a naming that does not disapprove keeps no accusation
    text = "The minister called the talks a success."
    assert not any(e.plover_type == "ACCUSE" for e in pipeline_events(text, resources))
