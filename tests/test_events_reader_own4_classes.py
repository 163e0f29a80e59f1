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
