"""The per-document table of lower-cased lemmas and forms gives what each token gives."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from realpolitik.events.acled_phrases import token_words
from realpolitik.nlp import columns
from realpolitik.nlp.columns import lower_and_lemma, span_has_any, span_tokens


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


def _token_keys(tokens) -> list[tuple[int, int, str]]:
    return [(id(t.doc), t.i, t.text) for t in tokens]


def test_columns_span_tokens_gives_what_walking_the_span_gives():
    doc = _hand_made()
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            span = doc[start:end]
            assert span_tokens(span) == list(span)
            assert _token_keys(span_tokens(span)) == _token_keys(span)
    assert _token_keys(span_tokens(doc)) == _token_keys(doc)
    assert span_tokens([doc[3], doc[1]]) == [doc[3], doc[1]]  # a plain list, as given
    assert span_tokens([]) == []


def test_columns_span_tokens_follows_the_document_asked_and_hands_out_copies():
    first, second = _hand_made(), Doc(spacy.blank("en").vocab, words=["Talks", "resumed"])
    assert [t.text for t in span_tokens(first[7:9])] == ["Rebels", "fled"]
    assert [t.text for t in span_tokens(second[:])] == ["Talks", "resumed"]
    assert [t.text for t in span_tokens(first[0:2])] == ["The", "Militia"]  # back to the first
    walked = span_tokens(first)
    walked.clear()  # a caller's list is its own: the next walk is whole
    assert len(span_tokens(first)) == len(first)
    assert all(t.doc is first for t in span_tokens(first[2:5]))


def test_columns_span_tokens_keeps_no_reference_cycle_on_the_document():
    import gc

    doc = _hand_made()
    span_tokens(doc[1:3])
    assert not doc.user_data  # nothing kept on the Doc: dropping it frees it at once
    gc.collect()
    assert columns._last_tokens[0] is doc


@pytest.mark.slow
def test_columns_phrase_votes_are_the_same_when_each_reader_walks_the_span_itself(nlp, monkeypatch):
    from realpolitik.events import acled_acts, acled_phrases, acled_protest_force, acled_typing
    from realpolitik.events.acled_typing import phrase_votes

    text = (
        "Police rounded up dozens of marchers and imposed a curfew on the town on Monday.\n"
        "A mob stoned a suspected thief to death, and gunmen opened fire on a procession.\n"
        "Soldiers defused a roadside bomb, and the militia handed over the town without a fight.\n"
        "Rival crowds clashed with sticks after the rally, and riot police fired tear gas."
    )
    sents = list(nlp(text).sents)
    fast = [phrase_votes(s) for s in sents]
    assert any(fast)  # the text takes some of the readers
    for module in (acled_acts, acled_phrases, acled_protest_force, acled_typing):
        monkeypatch.setattr(module, "span_tokens", list)  # the plain walk
    assert [phrase_votes(s) for s in sents] == fast
