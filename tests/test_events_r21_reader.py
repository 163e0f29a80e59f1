"""Classes the reader_own20 and reader_own18 tune articles lacked (issue 9, round r21, reader25):
a meeting purpose on a verb of stepping out ("came out to meet the marchers") is told as done,
talks told by their length ("talked for four hours") are a negotiation held, and a self-help threat
("If ..., we will sail there ourselves," X said) is a threat by the teller. Every text here was
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "met"),
    [
        ("The mayor of Tarso came out to meet the protesters at the gate.", "protesters"),
        ("The governor went down to greet the crowd outside the port office.", "crowd"),
        ("The provincial governor came down to meet the demonstrators at the gate.", "demonstrators"),
    ],
)
def test_a_meeting_purpose_on_stepping_out_is_told_as_done(analyse, text, met):
    events = analyse(text)
    meeting = next(e for e in events if e.trigger in {"meet", "greet"})
    assert meeting.polarity == "asserted"
    assert any(met in a.text.lower() for a in meeting.target)


@pytest.mark.parametrize(
    "text",
    [
        "The minister will come out to meet the protesters on Friday.",
        "The governor flew to Bosso to meet the fishermen.",
    ],
)
def test_a_meeting_planned_or_a_journey_to_meet_keeps_its_purpose_intended(analyse, text):
    events = analyse(text)
    assert event_on(events, "meet").polarity == "intended"


@pytest.mark.parametrize(
    "text",
    [
        "The prime ministers of Fiji and Tonga talked for three hours at the harbour hotel.",
        "Envoys of Peru and Ecuador talked behind closed doors on Friday.",
        "The two delegations talked late into the night in Geneva.",
    ],
)
def test_talks_told_by_their_length_are_a_negotiation_held(analyse, text):
    talks = event_on(analyse(text), "talked")
    assert talks.plover_type == "CONSULT" and talks.polarity == "asserted"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"If the rangers stay away, we will go up the valley ourselves," said Tomas Quispe, who leads '
         "the herders.", "tomas quispe"),
        ('"If the council does not reopen the canal, we will dig it out ourselves," said Rosa Mendes.',
         "rosa mendes"),
    ],
)  # fmt: skip
def test_a_self_help_act_under_a_condition_is_a_threat_by_the_teller(analyse, text, speaker):
    threat = event_on(analyse(text), "said")
    assert threat.plover_type == "THREATEN" and threat.polarity == "asserted"
    assert any(speaker in a.text.lower() for a in threat.source)


@pytest.mark.parametrize(
    "text",
    [
        '"We will build the road ourselves," the villagers said.',
        '"If the council pays, we will not do it ourselves," said Rosa Mendes.',
    ],
)
def test_self_help_without_a_condition_or_negated_is_no_threat(analyse, text):
    assert not [e for e in analyse(text) if e.plover_type == "THREATEN"]


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("The herders' council dropped its complaint to the regional court on Monday.", "dropped", "CONCEDE"),
        ("The miners' union said it had dropped the petition against the company.", "dropped", "CONCEDE"),
        ("Peru still expects an apology from the mining company.", "expects", "REQUEST"),
        ("The families expected compensation from the port authority.", "expected", "REQUEST"),
        ("Masked men cut the fishermen's nets and ropes at night.", "cut", "ASSAULT"),
        ("Protesters cut the wire fence around the plant.", "cut", "ASSAULT"),
    ],
)  # fmt: skip
def test_dropped_complaints_expected_apologies_and_cut_nets(analyse, text, trigger, kind):
    event = event_on(analyse(text), trigger)
    assert event.plover_type == kind and event.polarity == "asserted"


def test_a_cut_in_aid_stays_a_sanction(analyse):
    assert event_on(analyse("The government cut aid to the northern province."), "cut").plover_type == "SANCTION"

