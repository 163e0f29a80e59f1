"""Events a text does not report as acts on a date (issue 9, second precision round): the content
of a claim and a condition without "if"; a standing stance in a relative clause and what a
written text says stay asserted (the lead's decision: "hypothetical" is for conditions). Each
class is pinned with its contrasting asserted case. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import token_named

from realpolitik.events.polarity import lexicon, non_event, polarity_of


def test_events_polarity_second_word_lists_load():
    lex = lexicon()
    assert "undermine" in lex.analysis_verbs


CASES = [
    # a standing stance in a relative clause is told as a fact, as a past or a perfect is
    ("The coalition, which opposes the president, won the vote.", "opposes", "asserted"),
    ("The opposition, which supports the federal plan, held a rally.", "supports", "asserted"),
    ("The militia, which attacked the convoy on Monday, withdrew.", "attacked", "asserted"),
    ("The party, which has backed the junta since 2021, lost seats.", "backed", "asserted"),
    ("The governor opposes the new dam.", "opposes", "asserted"),
    # what a written text says is told as its signatories' act, as a person's words are
    ("The communique urges both sides to stop fighting.", "urges", "asserted"),
    ("The minister urges both sides to stop fighting.", "urges", "asserted"),
    ("The communique urged both sides to stop fighting.", "urged", "asserted"),
    # the content of a claim; a claim of responsibility does not touch the act
    ("The rebels' claim of controlling the airport was false.", "controlling", "hypothetical"),
    ("The army claimed responsibility for the attack on the depot.", "attack", "asserted"),
    # a condition without "if": a present clause spliced before a modal consequence
    ("The new bloc has the support of the unions, it can defeat the government.", "support", "hypothetical"),
    ("The alliance is built from all the factions and has the backing of Egypt, it could win.", "backing", "hypothetical"),
    ("The army took the town, it could now attack the capital.", "took", "asserted"),
    # a condition in a participle or a with-phrase on a modal consequence
    ("With the full backing of Egypt and Qatar, this coalition can challenge the ruling party.", "backing", "hypothetical"),
    ("Backed by Egypt, the coalition could win the election.", "Backed", "hypothetical"),
    ("With the backing of Egypt, the coalition won the election.", "backing", "asserted"),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,trigger,expected", CASES)
def test_events_polarity_second_reads_the_class(nlp, sentence, trigger, expected):
    assert polarity_of(token_named(nlp(sentence), trigger)) == expected


ANALYSIS = [
    ("The raids have undermined the junta's claim of controlling the north.", "undermined", "analysis"),
    ("Small raids by two rebel fronts have to some degree undermined the junta's authority.", "undermined", "analysis"),
    ("The bombing exposed the weakness of the police.", "exposed", "analysis"),
    ("The opposition challenged the result in court.", "challenged", None),
    ("The attack killed five soldiers.", "killed", None),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,trigger,expected", ANALYSIS)
def test_events_polarity_second_analysis_of_events_is_no_event(nlp, sentence, trigger, expected):
    assert non_event(token_named(nlp(sentence), trigger)) == expected
