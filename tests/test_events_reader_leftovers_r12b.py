"""The careful reader's leftovers (issue 9, round r12b, from reader_own1-11 tune misses): a round
placed in a series of talks by "next", "latest" or "another" is a meeting of its own ("the next
round will take place in Nairobi"), while rounds fired, a round "of" sanctions and an election's
second round are none; accepting a panel, a mission or foreign observers or officers is an
agreement ("responsibility" stays no event); what a party would "need" or a deal "requires" another
to do is not yet done; a month ("set for March") is no protest march, and a verb that only fixes a
meeting's date carries no ACLED event.
Every text here was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("The next round will take place in Nairobi in June, the mediators said.", "intended"),
        ("Another round is planned for the autumn.", "intended"),
    ],
)
def test_a_round_placed_in_a_series_of_talks_is_a_planned_meeting(analyse, text, polarity):
    meeting = event_on(analyse(text), "round")
    assert meeting.plover_type == "CONSULT" and meeting.polarity == polarity


def test_the_latest_round_held_between_two_parties_is_a_meeting_between_them(analyse):
    text = (
        "The latest round, held in Geneva last week between the army and the Tigray delegation, "
        "broke up without a deal."
    )
    meeting = event_on(analyse(text), "round")
    assert meeting.plover_type == "CONSULT" and meeting.polarity == "asserted"
    assert {a.text for a in meeting.source + meeting.target} == {"army", "Tigray"}


@pytest.mark.parametrize(
    "text",
    [
        "Police fired several rounds into the air to scatter the crowd.",
        "A new round of sanctions was announced by the European Union on Friday.",
        "The opposition candidate won the second round with 54 percent.",
    ],
)
def test_rounds_fired_of_something_or_of_an_election_are_no_meeting(analyse, text):
    assert not [e for e in analyse(text) if e.trigger.startswith("round")]


@pytest.mark.parametrize(
    "text",
    [
        "Sudan accepted the observers after weeks of pressure.",
        "The government accepted the monitors from the African Union.",
        "Lima accepted a joint commission on the border.",
    ],
)
def test_accepting_a_body_or_foreign_personnel_is_an_agreement(analyse, text):
    accepted = event_on(analyse(text), "accepted")
    assert accepted.plover_type == "AGREE" and accepted.polarity == "asserted"
    assert accepted.source


def test_accepting_responsibility_stays_no_event(analyse):
    assert not [
        e
        for e in analyse("She accepted responsibility for the delay.")
        if e.trigger.startswith("accept")
    ]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The plan would need Kenya to accept Ugandan officers on its soil.", "accept"),
        ("The deal requires Serbia to withdraw its police from the north.", "withdraw"),
    ],
)
def test_what_a_party_would_need_another_to_do_is_not_yet_done(analyse, text, verb):
    assert event_on(analyse(text), verb).polarity != "asserted"


def test_a_meeting_set_for_a_month_carries_no_protest(analyse):
    events = analyse("The next meeting is set for March in Rabat.")
    assert not [e for e in events if e.acled_event_type]
    assert event_on(events, "meeting").polarity == "intended"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Thousands joined a march in Rabat on Sunday.", "joined"),
        ("In March, students marched on parliament in Accra.", "marched"),
    ],
)
def test_a_march_told_beside_a_month_stays_a_protest(analyse, text, verb):
    assert event_on(analyse(text), verb).acled_event_type == "Protests"
