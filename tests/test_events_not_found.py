"""Events the trigger finder did not find (issue 9, round r5): a bare strike noun is a labour
strike, an inquiry is an investigation, electing someone endorses them, dissolving a parliament or
party is an administrative sanction, a light verb's pattern through its preposition names its
noun ("went on strike"), and an act put "on hold" as an object is only intended. Each class is
pinned with a contrast. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events_with_actors

FOUND = [
    # a bare strike noun is a labour strike; a modified one keeps its own reading
    ("Nurses at the city hospital began a strike over pay on Tuesday.", "strike", "PROTEST"),
    ("Bus drivers threatened a strike if the fare cuts go ahead.", "strike", "PROTEST"),
    ("A drone strike hit a fuel depot near the airport.", "strike", "ASSAULT"),
    # an inquiry is an investigation (CAMEO 090); a joint one is cooperation
    ("The opposition demanded an inquiry into the shooting of the farmers.", "inquiry", "ACCUSE"),
    ("Customs officers from both countries opened a joint probe into the smuggling ring.",
     "probe", "COOPERATE"),
    # electing someone to an office endorses them (CAMEO 051)
    ("The assembly elected a retired general as its new chairman.", "elected", "SUPPORT"),
    # dissolving a political institution is an administrative sanction (CAMEO 172)
    ("The emir dissolved the national assembly after months of deadlock.", "dissolved", "COERCE"),
    ("A court in the capital dissolved the largest opposition party on Monday.", "dissolved",
     "COERCE"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "plover_type"), FOUND)
def test_events_not_found_before_are_found_and_typed(nlp, text, word, plover_type):
    events = events_with_actors(nlp, text)
    hits = [e for e in events if word in e.trigger.split()]
    assert hits, [e.trigger for e in events]
    assert hits[0].plover_type == plover_type


def test_events_dissolving_a_substance_names_no_event(nlp):
    assert events_with_actors(nlp, "The salt dissolved slowly in the warm water.") == []


def test_events_light_verb_pattern_through_a_preposition_names_its_noun(nlp):
    text = "Port workers in Mombasa went on strike over unpaid wages."
    events = events_with_actors(nlp, text)
    strike = [e for e in events if "strike" in e.trigger.split()]
    assert [e.trigger for e in strike] == ["went on strike"]
    assert strike[0].plover_type == "PROTEST"
    assert strike[0].polarity == "asserted"
    start = strike[0].trigger_start
    assert text[start : start + len(strike[0].trigger)] == "went on strike"


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The army has put the withdrawal of its troops on hold.", "withdrawal"),
        ("The government put the release of the prisoners on hold.", "release"),
    ],
)
def test_events_an_act_put_on_hold_as_an_object_is_intended(nlp, text, noun):
    events = events_with_actors(nlp, text)
    assert [e.polarity for e in events if e.trigger == noun] == ["intended"]


def test_events_an_act_resumed_after_a_hold_is_asserted(nlp):
    events = events_with_actors(nlp, "The army resumed the withdrawal, which it had put on hold.")
    assert [e.polarity for e in events if e.trigger == "withdrawal"] == ["asserted"]
