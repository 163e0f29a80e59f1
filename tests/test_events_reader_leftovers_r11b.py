"""The careful reader's leftovers (issue 9, round r11b, from reader_own9/10 tune misses): a
protest handed over in person ("handed her a protest note") is disapproval told by the hand-over;
"calls on X to act" stays an appeal when the parser hangs the to-infinitive away from "calls";
a tensed verb after "and" that the parser coordinates with a gerund it tagged an adjective ('of
"destabilising" the border') is done by the subject of the clause above; "Neither side cut
trade", with "cut" parsed as a modifier of "trade", is negated; a plan, quota or idea "floated by" a
party is its proposal; persuading a party to act is an appeal to it; a meeting "scheduled for June"
is an event of its own, not yet held.
Every text here was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The ministry summoned the Turkish envoy and handed her a protest note.", "handed"),
        ("Ghana passed a protest note to Togo's embassy in Accra.", "passed"),
        ("Officials delivered a formal protest to the Kenyan ambassador on Tuesday.", "delivered"),
    ],
)
def test_a_protest_handed_over_is_disapproval_by_the_sender(analyse, text, verb):
    handed = event_on(analyse(text), verb)
    assert handed.plover_type == "ACCUSE" and handed.polarity == "asserted"
    assert handed.source


def test_a_note_handed_over_without_a_protest_is_no_event(analyse):
    events = analyse("The courier handed him a note from his wife.")
    assert not [e for e in events if e.trigger.startswith("handed")]


def test_calls_on_with_a_to_infinitive_hung_elsewhere_is_an_appeal_by_the_accuser(analyse):
    text = (
        'The opposition leader accuses the army of "occupying" the capital and calls on the '
        "African Union to send monitors."
    )
    calls = event_on(analyse(text), "calls")
    assert calls.plover_type == "REQUEST"
    assert [a.text for a in calls.source] == ["opposition leader"]


def test_calls_on_without_a_clause_stays_a_visit(analyse):
    called = event_on(analyse("The envoy called on the president in Accra on Monday."), "called")
    assert called.plover_type == "CONSULT"


def test_a_tensed_verb_after_a_gerund_read_as_a_noun_has_the_accusers_subject(analyse):
    # the tagger reads the quoted gerund as an adjective on "of", with "the border" its object
    text = (
        '09:40 - The Kenyan spokesman accuses Somalia of "destabilising" the border and calls on '
        "the African Union to send envoys."
    )
    calls = event_on(analyse(text), "calls")
    assert calls.plover_type == "REQUEST"
    assert [a.text for a in calls.source] == ["Kenyan spokesman"]


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Neither side cut trade during the dispute.", "negated"),
        ("Both sides cut trade during the dispute.", "asserted"),
    ],
)
def test_neither_before_a_verb_parsed_as_a_compound_negates_it(analyse, text, polarity):
    assert event_on(analyse(text), "cut").polarity == polarity


@pytest.mark.parametrize(
    "text",
    [
        "A joint patrol scheme has been floated by the African Union.",
        "A power-sharing plan floated by Norway was rejected by both sides.",
    ],
)
def test_a_plan_floated_is_a_proposal_by_whoever_floated_it(analyse, text):
    floated = event_on(analyse(text), "floated")
    assert floated.plover_type == "REQUEST" and floated.source


def test_a_currency_floated_is_no_event(analyse):
    events = analyse("The central bank floated the currency in 2019.")
    assert not [e for e in events if e.trigger.startswith("floated")]


def test_persuading_a_party_to_act_is_an_appeal_to_it(analyse):
    persuade = event_on(analyse("Norway hopes to persuade the rebels to return to the table."), "persuade")
    assert persuade.plover_type == "REQUEST" and persuade.polarity != "asserted"
    assert [a.text for a in persuade.target] == ["rebels"]


def test_a_meeting_scheduled_is_an_event_not_yet_held(analyse):
    text = "A third meeting between Kenyan officials and the rebels is scheduled for June."
    meeting = event_on(analyse(text), "meeting")
    assert meeting.plover_type == "CONSULT" and meeting.polarity == "intended"


def test_a_passive_subject_taken_for_something_is_not_planned(analyse):
    strike = event_on(analyse("The strike was considered a success by the unions."), "strike")
    assert strike.polarity == "asserted"
