"""Classes the reader_own18 and reader_own19 tune articles lacked (issue 9, round r20, reader24):
a claim of innocence told ("said the men had done nothing wrong", "broken no law") is a denial by
the teller, and the wrongdoing it names is no event. Every text here was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "teller", "speaker", "deed"),
    [
        ("The mayor of Tarso said the dock workers had done nothing wrong.", "said", "mayor", "done"),
        ('"We have broken no law," the captain of the trawler told reporters.', "told", "captain", "broken"),
        ("A lawyer for the crew said they had not violated any regulation.", "said", "lawyer", "violated"),
        ("The students' union said its members had committed no crime.", "said", "union", "committed"),
        ("Harbour chief Ana Ruiz said the sailors had not broken any rule.", "said", "ana ruiz", "broken"),
    ],
)  # fmt: skip
def test_a_claim_of_innocence_told_is_a_denial_by_the_teller(analyse, text, teller, speaker, deed):
    events = analyse(text)
    denial = event_on(events, teller)
    assert denial.plover_type == "REJECT" and denial.polarity == "asserted"
    assert any(speaker in a.text.lower() for a in denial.source)
    assert not [e for e in events if e.trigger == deed]


@pytest.mark.parametrize(
    "text",
    [
        "The union said the government had done nothing to stop the attacks.",
        "The fishermen had broken no rule, the court found in its ruling last year.",
    ],
)
def test_a_complaint_or_a_finding_is_no_denial_told(analyse, text):
    events = analyse(text)
    assert not [e for e in events if e.plover_type == "REJECT"]


@pytest.mark.parametrize(
    ("text", "teller", "act"),
    [
        ("The widow of the miner said she would take the company to court if the mine reopened.", "said", "take"),
        ("The port workers said they would sue the harbour board unless their wages were paid.", "said", "sue"),
    ],
)  # fmt: skip
def test_a_lawsuit_told_under_a_condition_is_a_threat_beside_the_act(analyse, text, teller, act):
    events = analyse(text)
    threat = event_on(events, teller)
    assert threat.plover_type == "THREATEN" and threat.polarity == "asserted"
    assert event_on(events, act).polarity != "asserted"


def test_a_lawsuit_told_without_a_condition_is_no_threat(analyse):
    events = analyse("The port workers said they would sue the harbour board next month.")
    assert not [e for e in events if e.plover_type == "THREATEN"]
