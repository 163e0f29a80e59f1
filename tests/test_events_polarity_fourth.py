"""Events a text does not report as facts (issue 9, fourth polarity round, r2): a condition told
by word order that the parser makes the sentence's root ("Were the navy to enforce ..., shipping
would halt"), an oath ("swore to retaliate"), an act that fell short ("almost overran", "nearly
stormed"), and a role noun in apposition ("Qatar, a longtime backer of X, ..."), no act. Each
class is pinned with its contrasting asserted case. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import token_named

from realpolitik.events.polarity import (
    lexicon,
    non_event,
    polarity_of,
    rooted_inverted_condition,
)


def test_events_polarity_fourth_word_lists_load():
    lex = lexicon()
    assert {"almost", "nearly"} <= lex.near_miss_adverbs
    assert {"backer", "supporter"} <= lex.role_nouns
    assert "swear" in lex.intention_verbs


CASES = [
    # a rooted inverted condition: everything before its comma is a condition
    ("Were Caracas to default on its bonds, creditors would seize its tankers abroad.", "seize", "hypothetical"),
    ("Were the junta to dissolve parliament, the opposition would boycott the vote.", "dissolve", "hypothetical"),
    ("The junta dissolved parliament, and the opposition boycotted the vote.", "dissolved", "asserted"),
    # an oath: the act sworn is not yet done
    ("The rebel commander swore to attack the garrison before winter.", "attack", "intended"),
    ("The rebel commander attacked the garrison before winter.", "attacked", "asserted"),
    # an act that fell short
    ("Protesters nearly stormed the presidential palace on Sunday.", "stormed", "negated"),
    ("The insurgents almost captured the provincial governor last spring.", "captured", "negated"),
    ("Protesters stormed the presidential palace on Sunday.", "stormed", "asserted"),
    ("Almost forty civilians were killed in the shelling of the market.", "killed", "asserted"),
    ("The rebels attacked the convoy almost daily in June.", "attacked", "asserted"),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,trigger,expected", CASES)
def test_events_polarity_fourth_reads_the_class(nlp, sentence, trigger, expected):
    assert polarity_of(token_named(nlp(sentence), trigger)) == expected


NON_EVENTS = [
    # a rooted inverted condition is no question; a real one stays a question
    ("Were Caracas to default on its bonds, creditors would seize its tankers abroad.", "seize", None),
    ("Were the rebels behind the bombing of the market?", "bombing", "question"),
    ("Were the rebels, as the army says, behind the bombing", "bombing", "question"),
    # a role noun in apposition describes its actor; a role told in a clause is an act
    ("Qatar, a longtime backer of the Islamist movement, hosted the talks.", "backer", "role noun in apposition"),
    ("Hungary, a close ally of Belgrade, blocked the statement.", "ally", "role noun in apposition"),
    ("Qatar has been a longtime backer of the Islamist movement.", "backer", None),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,trigger,expected", NON_EVENTS)
def test_events_polarity_fourth_non_events(nlp, sentence, trigger, expected):
    assert non_event(token_named(nlp(sentence), trigger)) == expected


@pytest.mark.slow
def test_events_polarity_fourth_rooted_condition_needs_a_modal_consequence(nlp):
    told = nlp("Were the talks a failure, the envoy asked reporters.")
    assert rooted_inverted_condition(told[:]) is None
    doc = nlp("Were the navy to close the strait, tanker traffic would stop.")
    assert rooted_inverted_condition(doc[:]) == token_named(doc, ",").i
