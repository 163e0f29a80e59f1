"""Who did it to whom and the main event, round r17 (args21), on sentences written for the test
(not the own held-out or PLOVER sentences whose misses prompted the classes): goods given by one
party and handed on to another by an agentless verb, a legislature named by its common noun as
the party a protest against its law answers, a named gathering that speaks as the teller, and
the unidentified attackers of a thwarted attempt."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events, pipeline_top

from realpolitik.model import Document
from realpolitik.pipeline import analyse_documents

pytestmark = pytest.mark.slow


def _texts(mentions):
    return {m.text for m in mentions}


def _countries(mentions):
    return {m.country for m in mentions}


def _actors(text, resources):
    return analyse_documents([Document("t", "t", raw=text, text=text)], resources)[0].actor_mentions


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("Textbooks donated by Norway were handed to schools in Malawi on Friday.", "NOR", "MWI"),
        ("Water pumps supplied by Denmark were delivered to villages in Niger last week.",
         "DNK", "NER"),
    ],
)  # fmt: skip
def test_events_r17_goods_given_by_one_party_and_handed_on_go_from_giver_to_receiver(
    resources, text, giver, receiver
):
    events = pipeline_events(text, resources)
    assert any(
        giver in _countries(e.source) and receiver in _countries(e.target) for e in events
    ), [(e.plover_type, e.source, e.target) for e in events]


def test_events_r17_a_place_in_the_receiving_phrase_stands_for_its_state(resources):
    top = pipeline_top(
        "Medicines donated by the Red Cross were handed to clinics in Bamako on Tuesday.",
        resources,
    )
    assert "Red Cross" in _texts(top.source)
    assert _countries(top.target) == {"MLI"}


def test_events_r17_the_handing_verb_takes_the_giver_as_its_source(resources):
    top = pipeline_top(
        "Tents donated by the Red Crescent were distributed to families in Gaza on Sunday.",
        resources,
    )
    assert "Red Crescent" in _texts(top.source)
    assert "families" in _texts(top.target)


def test_events_r17_goods_with_no_second_verb_keep_their_parties(resources):
    # no handing verb: the participle's target is left to the other readers
    top = pipeline_top("Japan donated two ferries to Tonga on Monday.", resources)
    assert _countries(top.source) == {"JPN"} and _countries(top.target) == {"TON"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Hundreds of Chilean truckers blocked a motorway near Santiago on Friday to protest a "
         "fuel tax passed by congress.", "congress"),
        ("Farmers in Kenya marched on Monday to protest a land bill approved by the senate.",
         "senate"),
    ],
)  # fmt: skip
def test_events_r17_a_legislature_named_by_its_common_noun_is_the_protest_target(
    resources, text, body
):
    top = pipeline_top(text, resources)
    assert top.plover_type == "PROTEST"
    assert body in _texts(top.target)


def test_events_r17_a_capitalised_name_is_not_taken_for_a_lower_case_role_word(resources):
    # "Congress" capitalised is a name (the recogniser's business), not the generic noun
    texts = _texts(_actors("Protesters in Lima marched to the Congress building.", resources))
    assert "congress" not in texts


@pytest.mark.parametrize(
    ("text", "teller", "target"),
    [
        ("The Fifth Global Soil Forum concluded on Saturday that the EU and other wealthy "
         "nations must allocate greater resources to fight desertification.",
         "Global Soil Forum", "EU"),
        ("The Second Asia Media Summit urged Beijing on Friday to free jailed reporters.",
         "Asia Media Summit", "Beijing"),
        # a name the tagger leaves without an entity
        ("The Third Nile Basin Water Summit declared on Sunday that Ethiopia must release more "
         "water in the dry season.", "Nile Basin Water Summit", "Ethiopia"),
    ],
)  # fmt: skip
def test_events_r17_a_named_gathering_that_speaks_is_the_teller(resources, text, teller, target):
    top = pipeline_top(text, resources)
    assert top.plover_type == "REQUEST"
    assert any(teller in t for t in _texts(top.source))
    assert target in _texts(top.target)
    # a gathering of many parties takes no one state's country from the sentence
    assert _countries(top.source) == {None}


@pytest.mark.parametrize(
    ("text", "victim", "country"),
    [
        ("An attempt to assassinate the mayor of the Pakistani city of Quetta was foiled on "
         "Tuesday, police said.", "mayor", "PAK"),
        ("A plot to kill the governor of Mexico's Sonora state was thwarted in Hermosillo, "
         "prosecutors reported.", "governor", "MEX"),
    ],
)  # fmt: skip
def test_events_r17_a_thwarted_attempt_is_by_the_places_unidentified_attackers(
    resources, text, victim, country
):
    events = pipeline_events(text, resources)
    attempt = next(e for e in events if victim in _texts(e.target))
    assert [m.sector for m in attempt.source] == ["UAF"]
    assert _countries(attempt.source) == {country}


def test_events_r17_a_gathering_that_does_not_speak_stays_a_happening(resources):
    texts = _texts(_actors("Leaders arrived in Lisbon for the Atlantic Ocean Summit on Monday.",
                           resources))
    assert not any("Summit" in t for t in texts)


def test_events_r17_a_text_that_states_is_no_teller(resources):
    texts = _texts(_actors("The Lisbon Declaration states that Serbia must recognise Kosovo.",
                           resources))
    assert not any("Declaration" in t for t in texts)

