"""Classes the reader_own17 and reader_own18 tune articles lacked (issue 9, round r19, reader23): a
warning told on a speaker line (a name, where it spoke, a colon, its words: no verb of saying) is
an asserted threat by the speaker beside the act it names, not asserted; a crowd of people of the
street that gathers, or gathers to protest, demonstrates. Every text here was written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


def _sources(mention) -> list[str]:
    return [a.text for a in mention.source]


@pytest.mark.parametrize(
    ("text", "act", "teller", "speaker"),
    [
        ('10:05 - Mayor Tom Hale, speaking to reporters: "Those who block the bridge will be removed by force."',
         "removed", "speaking", "Mayor Tom Hale"),
        ("Governor Ali Musa on state television: traders who open their shops on Friday will be arrested.",
         "arrested", ":", "Governor Ali Musa"),
    ],
)  # fmt: skip
def test_a_warning_on_a_speaker_line_is_a_threat_by_the_speaker(
    analyse, text, act, teller, speaker
):
    events = analyse(text)
    threat = event_on(events, teller)
    assert threat.plover_type == "THREATEN" and threat.polarity == "asserted"
    assert _sources(threat) == [speaker]
    named = event_on(events, act)
    assert named.plover_type == "COERCE" and named.polarity != "asserted"


def test_a_reassurance_on_a_speaker_line_is_no_threat(analyse):
    text = 'Mayor Tom Hale, speaking to reporters: "We will not remove anyone by force."'
    assert not [e for e in analyse(text) if e.plover_type == "THREATEN"]


def test_a_line_with_its_own_verb_of_telling_keeps_that_verb_as_teller(analyse):
    events = analyse('The minister said on Monday: "Anyone who crosses will be arrested."')
    assert event_on(events, "said").plover_type == "THREATEN"
    assert not [e for e in events if e.trigger == ":"]


@pytest.mark.parametrize(
    "text",
    [
        "About three hundred farmers gathered outside the district office on Tuesday.",
        "A group of taxi drivers has gathered at the roundabout.",
        "Dozens of students assembled at the gate to protest against the fee rise.",
        "The nurses gathered in front of the hospital to demand their wages.",
    ],
)
def test_a_crowd_that_gathers_demonstrates(analyse, text):
    verb = next(w for w in text.split() if w in {"gathered", "assembled"})
    mention = event_on(analyse(text), verb)
    assert mention.plover_type == "PROTEST" and mention.polarity == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "Foreign ministers gathered in Geneva on Friday to discuss the ceasefire.",
        "A group of envoys gathered at the embassy for the talks.",
    ],
)
def test_officials_who_gather_still_meet(analyse, text):
    assert event_on(analyse(text), "gathered").plover_type == "CONSULT"


@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("Three Swedish election observers have arrived in Maseru at the commission's invitation.", "AID"),
        ("A team of Italian engineers arrived at the dam on Thursday.", "AID"),
        ("Four hundred Rwandan soldiers arrived in Cabo Delgado last week.", "MOBILIZE"),
    ],
)  # fmt: skip
def test_a_body_sent_somewhere_that_arrives_is_deployed(analyse, text, plover_type):
    assert event_on(analyse(text), "arrived").plover_type == plover_type


def test_a_person_who_arrives_for_talks_still_visits(analyse):
    text = (
        "The Kenyan president arrived in Addis Ababa on Sunday for talks with the prime minister."
    )
    assert event_on(analyse(text), "arrived").plover_type == "CONSULT"


@pytest.mark.parametrize(
    ("text", "deed"),
    [
        ('"We did not burn any houses," the commander said.', "burn"),
        ("The spokesman said the army did not fire on the crowd.", "fire"),
    ],
)
def test_a_deed_denied_with_did_not_is_a_denial_told(analyse, text, deed):
    events = analyse(text)
    assert event_on(events, deed).polarity == "negated"
    assert event_on(events, "said").plover_type == "REJECT"


def test_a_future_deed_refused_is_no_denial(analyse):
    assert event_on(analyse('"We will not shoot anyone," he said.'), "shoot").polarity == "negated"
    assert not [
        e for e in analyse('"We will not shoot anyone," he said.') if e.plover_type == "REJECT"
    ]
