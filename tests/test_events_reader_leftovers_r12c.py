"""The careful reader's leftovers (round r12c, from reader_own1-11 tune misses): a matter
said to be "not up for" negotiation or discussion is a refusal, not a meeting, and the party that
says so refuses; a matter that is up for negotiation stays as the lexicon reads it.
Every text here was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The premier repeated that the northern border is not up for negotiation.", "negotiation"),
        ("Warsaw says its coal quota is not up for discussion.", "discussion"),
    ],
)
def test_a_matter_not_up_for_talks_is_a_refusal_to_talk_it_over(analyse, text, noun):
    refusal = event_on(analyse(text), noun)
    assert refusal.plover_type == "REJECT" and refusal.polarity == "asserted"


def test_the_teller_of_a_matter_closed_to_talks_is_the_refuser(analyse):
    refusal = event_on(
        analyse("Warsaw says its coal quota is not up for discussion."), "discussion"
    )
    assert [a.text for a in refusal.source] == ["Warsaw"]


def test_a_matter_up_for_talks_is_no_refusal(analyse):
    talks = event_on(
        analyse("After the vote, the fishing quota is up for negotiation again."), "negotiation"
    )
    assert talks.plover_type != "REJECT"
