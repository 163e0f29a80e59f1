"""The per-document table of lower-cased lemmas and forms gives what each token gives."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from realpolitik.events.acled_phrases import token_words
from realpolitik.nlp import columns
from realpolitik.nlp.columns import lower_and_lemma, span_has_any


def _plain(tok) -> frozenset[str]:
    return frozenset({tok.lemma_.lower(), tok.lower_})


def _hand_made() -> Doc:
    words = ["The", "Militia", "SEIZED", "Kismayo", "'s", "port", "\n", "Rebels", "fled", "."]
    lemmas = ["the", "militia", "Seize", "Kismayo", "'s", "port", "\n", "rebel", "flee", "."]
    # a token with no lemma reads as the empty string, in the table as on the token
    return Doc(spacy.blank("en").vocab, words=words, lemmas=[*lemmas[:-1], ""])


def test_columns_table_holds_each_tokens_lower_cased_lemma_and_form():
    doc = _hand_made()
    assert lower_and_lemma(doc) == [_plain(t) for t in doc]
    assert lower_and_lemma(doc)[2] == {"seize", "seized"}
    assert lower_and_lemma(doc)[9] == {"", "."}


def test_columns_table_is_made_once_per_document_and_not_shared_between_documents():
    first, second = _hand_made(), Doc(spacy.blank("en").vocab, words=["Talks", "resumed"])
    table = lower_and_lemma(first)
    assert lower_and_lemma(first) is table  # kept with the document
    assert lower_and_lemma(second) == [_plain(t) for t in second]
    assert [token_words(t) for t in first] == table
    assert [token_words(t) for t in second] == [_plain(t) for t in second]


@pytest.mark.parametrize(
    "words, expected",
    [({"rebel"}, True), ({"rebels"}, True), ({"seize"}, True), ({"kismayo"}, True),
     ({"Kismayo"}, False), ({"port"}, False), ({"march", "strike"}, False), (set(), False)],
)  # fmt: skip
def test_columns_span_has_any_reads_only_the_spans_tokens(words, expected):
    doc = _hand_made()
    span = doc[2:4]  # "SEIZED Kismayo" ... and, below, "Rebels fled ."
    later = doc[7:10]
    plain = any(_plain(t) & words for t in span) or any(_plain(t) & words for t in later)
    assert (span_has_any(span, words) or span_has_any(later, words)) == plain == expected


def test_columns_pair_memo_stays_bounded_and_answers_right_after_it_is_emptied(monkeypatch):
    monkeypatch.setattr(columns, "_MAX_PAIRS", 3)
    monkeypatch.setattr(columns, "_WORDS", {})
    for _ in range(3):
        doc = _hand_made()
        assert lower_and_lemma(doc) == [_plain(t) for t in doc]
        assert len(columns._WORDS) <= len(doc) + 1


@pytest.mark.slow
def test_columns_table_matches_the_tokens_of_a_parsed_text(nlp):
    text = (
        "Unidentified gunmen ABDUCTED two aid workers near Gao on Tuesday, officials said.\n"
        "The army's spokesman, Col. Diarra, denied that troops had withdrawn from Ménaka."
    )
    doc = nlp(text)
    assert lower_and_lemma(doc) == [_plain(t) for t in doc]
    for sent in doc.sents:
        for words in ({"abduct"}, {"withdraw", "deny"}, {"spokesman"}, {"ceasefire"}):
            assert span_has_any(sent, words) == any(_plain(t) & words for t in sent)


def test_columns_span_has_any_takes_a_plain_list_of_tokens_too():
    doc = _hand_made()
    assert span_has_any([doc[2], doc[7]], {"rebel"}) is True
    assert span_has_any([doc[2]], {"rebel"}) is False
    assert span_has_any([], {"rebel"}) is False


def test_columns_table_reads_a_word_split_at_a_hyphen_whole_on_its_head():
    # "walk-out": the tokenizer gives "walk", "-", "out"; with "walk" hanging from "out" the head
    # also answers to the whole word, and a first part that hangs elsewhere does not
    words = ["Dockers", "began", "a", "walk", "-", "out", "and", "a", "go", "-", "slow"]
    heads = [1, 1, 5, 5, 5, 1, 5, 10, 10, 10, 5]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=["dep"] * len(words))
    table = lower_and_lemma(doc)
    assert "walk-out" in table[5]
    assert table[10] == _plain(doc[10]) | {"go-slow"}
    assert all("-" not in w for i, ws in enumerate(table) if i not in {4, 5, 9, 10} for w in ws)
    assert span_has_any(doc[:], frozenset({"walk-out"}))
