"""Classes of the round on our fourth own article set (`reader_own4`, issue 9, r5): a verb of
naming with an object complement ("called the tariff a betrayal") criticises when the complement
disapproves and names no event otherwise; it is never a phone call.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on, events_with_actors

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "speaker", "word"),
    [
        ("Unions called the new tariff a betrayal of farmers.", "Unions", "called"),
        ("The opposition called the ruling illegal and vowed to appeal.", "opposition", "called"),
        ("Tehran called the sanctions an act of aggression.", "Tehran", "called"),
        ("The rebels termed the proposal insulting.", "rebels", "termed"),
    ],
)
def test_events_naming_a_thing_with_disapproval_is_criticism(nlp, sentence, speaker, word):
    events = events_with_actors(nlp, sentence, (speaker, None, "OPP"))
    assert event_on(events, word).plover_type == "ACCUSE"


def test_events_naming_a_thing_without_disapproval_is_no_phone_call(nlp):
    events = events_with_actors(
        nlp, "The minister called the plan a good start.", ("minister", None, "GOV")
    )
    assert not [e for e in events if e.trigger.split()[0] == "called"]


def test_events_a_call_to_a_leader_stays_a_phone_call(nlp):
    events = events_with_actors(
        nlp, "The president called his Kenyan counterpart on Sunday.",
        ("president", None, "GOV"), ("counterpart", "KEN", "GOV"),
    )  # fmt: skip
    assert event_on(events, "called").plover_type == "CONSULT"


def test_events_speaking_to_a_leader_by_title_is_a_consultation(nlp):
    events = events_with_actors(
        nlp, "The premier said he had spoken to President Ruto by phone on Friday.",
        ("premier", "UGA", "GOV"), ("Ruto", "KEN", "GOV"),
    )  # fmt: skip
    assert event_on(events, "spoken").plover_type == "CONSULT"


def test_events_speaking_to_reporters_is_no_consultation(nlp):
    events = events_with_actors(
        nlp, "The minister spoke to reporters after the vote.", ("minister", "UGA", "GOV")
    )
    assert not [e for e in events if e.trigger.split()[0] == "spoke"]


def test_events_holding_a_session_is_a_meeting(nlp):
    events = events_with_actors(
        nlp, "The envoys held a second session in Lusaka on Monday.", ("envoys", None, "GOV")
    )
    assert event_on(events, "held").plover_type == "CONSULT"


def test_events_sharing_data_with_a_party_is_cooperation(nlp):
    events = events_with_actors(
        nlp, "Oslo agreed to share satellite images of the strait with Copenhagen.",
        ("Oslo", "NOR", "GOV"), ("Copenhagen", "DNK", "GOV"),
    )  # fmt: skip
    assert event_on(events, "share").plover_type == "COOPERATE"


def test_events_pulling_vessels_back_is_a_retreat(nlp):
    events = events_with_actors(
        nlp, "The navy pulled two frigates and a patrol vessel back from the reef.",
        ("navy", "PHL", "MIL"),
    )  # fmt: skip
    assert event_on(events, "pulled").plover_type == "RETREAT"


def test_events_pronoun_of_a_second_reported_clause_is_the_speaker(nlp):
    events = events_with_actors(
        nlp,
        "Uganda's president said on Monday that the talks would resume, and that he had "
        "spoken to President Ruto by phone.",
        ("president", "UGA", "GOV"), ("Ruto", "KEN", "GOV"),
    )  # fmt: skip
    spoken = event_on(events, "spoken")
    assert [a.text for a in spoken.source] == ["president"]


@pytest.mark.parametrize(
    ("sentence", "party", "offer", "content"),
    [
        (
            "Norway has offered to host the talks if both sides need a venue.",
            "Norway",
            "offered",
            "host",
        ),
        (
            "The rebels threatened to shell the port if the navy moved closer.",
            "rebels",
            "threatened",
            "shell",
        ),
    ],
)
def test_events_a_condition_on_an_offer_is_its_contents(nlp, sentence, party, offer, content):
    events = events_with_actors(nlp, sentence, (party, None, "GOV"))
    assert event_on(events, offer).polarity == "asserted"
    assert event_on(events, content).polarity != "asserted"


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        ("Ghana said it would not allow the militants to use its territory for attacks.", "Ghana"),
        (
            "Officials said the smugglers had used the island for raids on fishing villages.",
            "Officials",
        ),
    ],
)
def test_events_an_act_a_thing_is_used_for_is_not_told(nlp, sentence, party):
    events = events_with_actors(nlp, sentence, (party, None, "GOV"))
    purpose = [e for e in events if e.trigger.split()[0] in {"attacks", "raids"}]
    assert purpose and all(e.polarity != "asserted" for e in purpose)
