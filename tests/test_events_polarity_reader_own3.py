"""Events a text does not report as facts (issue 9, the round on our third own article set
`reader_own3`, r4): an act said to be "off the table" or "not on the table" will not happen
(negated); one "on the table" or "on the agenda" is proposed, not done (intended); the phrase
may sit on the verb whose subject is the act or on a relative clause of the act noun. Each
class is pinned with its contrasting asserted case. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import token_named

from realpolitik.events.polarity import lexicon, polarity_of


def test_events_polarity_reader_own3_word_lists_load():
    lex = lexicon()
    assert "off the table" in lex.dropped_phrases
    assert {"on the table", "on the agenda"} <= lex.considered_phrases


CASES = [
    # taken off the table, or negated on it: it will not happen
    ("An amnesty for the coup leaders is off the table, the junta's spokesman said.", "amnesty", "negated"),
    ("A blockade of the port is no longer on the table in Athens.", "blockade", "negated"),
    ("The blockade, which is off the table for now, had been urged by hawks in the cabinet.", "blockade",
     "negated"),
    ("A pullback of Armenian troops, which Baku insists on, is not on the table.", "pullback", "negated"),
    # put on the table or the agenda: proposed, not done
    ("A prisoner exchange is on the table in the Doha talks.", "exchange", "intended"),
    ("A referendum on independence is now on the agenda in Nuuk.", "referendum", "intended"),
    # the same words about a place or a thing, not the act: the act stays told
    ("The minister put the proposal on the table after the attack on the convoy.", "attack", "asserted"),
    ("The envoys left the table after the talks in Geneva.", "talks", "asserted"),
    ("The amnesty was granted to the coup leaders on Monday.", "amnesty", "asserted"),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), CASES)
def test_events_polarity_reader_own3_classes(nlp, sentence, word, expected):
    assert polarity_of(token_named(nlp(sentence), word)) == expected
