"""Headline verbs the parser reads as nouns (events/headline.py), on headlines written for the
test: "X shells Y", "X thanks Y", "A, B trade fire" give the act, its source named before the
verb and its target after it; a word inside the subject of a verb the parser did find ("trade
deficit narrows") and a headline with nothing done to anything stay no event; a headline's
present-tense base verb with a subject ("sign") is no section title."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from event_helpers import pipeline_events

from realpolitik.eval.plover import top_event
from realpolitik.events.headline import verb_lemmas
from realpolitik.events.lexicon import load_lexicon


def test_events_headline_verb_lemmas_from_third_person_forms():
    lex = load_lexicon()

    def word(text, lemma):
        return SimpleNamespace(lower_=text, lemma_=lemma)

    assert "shell" in verb_lemmas(word("shells", "shell"), lex)
    assert "summon" in verb_lemmas(word("summons", "summons"), lex)  # the noun lemma stays whole
    assert "deny" in verb_lemmas(word("denies", "denies"), lex)
    assert verb_lemmas(word("deficit", "deficit"), lex) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "plover_type", "source", "target"),
    [
        ("Myanmar army shells Rakhine villages", "ASSAULT", "Myanmar", None),
        ("Qatar thanks Egypt for truce mediation", "SUPPORT", "Qatar", "Egypt"),
        # a joint act of the listed subjects: the first acts on the second
        ("Thailand, Cambodia trade fire across disputed border", "ASSAULT", "Thailand", "Cambodia"),
    ],
)
def test_events_headline_noun_read_verb_is_the_act(resources, text, plover_type, source, target):
    top = top_event(pipeline_events(text, resources))
    assert top is not None and top.plover_type == plover_type, text
    assert source in " ".join(m.text for m in top.source), top.source
    if target:
        assert target in " ".join(m.text for m in top.target), top.target


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Vietnam trade deficit narrows in May",  # "trade" is inside the verb's subject
        "Iraqi Kurds vote in independence referendum",  # nothing done to a party
    ],
)
def test_events_headline_leaves_subject_words_and_bare_verbs(resources, text):
    assert top_event(pipeline_events(text, resources)) is None, text


@pytest.mark.slow
def test_events_headline_present_base_verb_is_no_title(resources):
    top = top_event(pipeline_events("Serbia, Kosovo sign energy accord", resources))
    assert top is not None, "a headline's 'sign' with a subject was read as a section title"


def _parsed(words, tags, heads, deps):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    doc = Doc(Vocab(), words=words, tags=tags, heads=heads, deps=deps)
    return doc, doc[:]


def test_events_headline_base_verb_with_subject_is_not_a_title():
    from realpolitik.events.segments import heading_verb

    # the parser's reading of a present-tense headline: "sign" tagged VB, with its subject
    doc, sent = _parsed(
        ["Ghana", ",", "Togo", "sign", "trade", "pact"],
        ["NNP", ",", "NNP", "VB", "NN", "NN"],
        [3, 3, 3, 3, 5, 3],
        ["npadvmod", "punct", "nsubj", "ROOT", "compound", "dobj"],
    )
    assert not heading_verb(doc[3], sent)
    # a bare imperative-like title with no subject stays a heading
    doc, sent = _parsed(["Rebuild", "trust"], ["VB", "NN"], [0, 0], ["ROOT", "dobj"])
    assert heading_verb(doc[0], sent)


@pytest.mark.slow
def test_events_headline_listed_subjects_act_together(resources):
    # the parser hangs "Ghana" on the verb as a modifier; it is the first of two signers
    top = top_event(pipeline_events("Ghana, Togo sign border security pact", resources))
    assert top is not None
    assert [m.text for m in top.source] == ["Ghana"] and [m.text for m in top.target] == ["Togo"]
    # an opening adjunct before the comma is no subject
    top = top_event(pipeline_events("On Friday, Iran signed a deal with Iraq.", resources))
    assert top is not None and [m.text for m in top.source] == ["Iran"]
