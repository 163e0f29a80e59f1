"""The per-document token columns (`nlp/token_columns.py`) hold what each token gives."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from realpolitik.nlp.token_columns import doc_text, token_columns


def _hand_made() -> Doc:
    words = ["KANDAHAR", ",", "Afghanistan", "—", "Rebels", "fled", "\n\n", "the", "town", "'s",
             "Old", "Bazaar", "in", "U.S.", "style", "."]  # fmt: skip
    spaces = [False, True, True, True, True, False, False, True, False, True, True, True, True,
              True, False, False]  # fmt: skip
    lemmas = ["Kandahar", ",", "Afghanistan", "—", "rebel", "flee", "\n\n", "the", "town", "'s",
              "Old", "Bazaar", "in", "U.S.", "style", "."]  # fmt: skip
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, lemmas=lemmas)


def _assert_columns_match_the_tokens(doc: Doc) -> None:
    table = token_columns(doc)
    assert table.text == doc.text == doc_text(doc)
    assert table.texts == [t.text for t in doc]
    assert table.lowers == [t.lower_ for t in doc]
    assert table.lemmas == [t.lemma_.lower() for t in doc]
    assert table.tags == [t.pos_ for t in doc]
    assert table.starts == [t.idx for t in doc]
    assert table.capitalised == [t.text[:1].isupper() for t in doc]
    assert table.capitalised_at == [t.i for t in doc if t.text[:1].isupper()]
    assert table.lower_case_words == {t.lower_ for t in doc if t.is_lower}
    assert table.token_at == {t.idx: t.i for t in doc}


def test_token_columns_hold_each_tokens_text_offset_and_case():
    doc = _hand_made()
    _assert_columns_match_the_tokens(doc)
    table = token_columns(doc)
    assert table.capitalised_at == [0, 2, 4, 10, 11, 13]
    assert "rebels" not in table.lower_case_words and "town" in table.lower_case_words


def test_token_columns_are_made_once_per_document():
    doc = _hand_made()
    assert token_columns(doc) is token_columns(doc)
    other = Doc(doc.vocab, words=["Talks", "resumed"])
    assert token_columns(other).texts == ["Talks", "resumed"]


def test_token_columns_of_an_empty_document_are_empty():
    doc = Doc(spacy.blank("en").vocab, words=[])
    table = token_columns(doc)
    assert table.text == "" and table.texts == [] and table.capitalised_at == []


@pytest.mark.slow
def test_token_columns_match_the_tokens_of_a_parsed_text(nlp):
    text = (
        "ST. LOUIS, Mo. (AP) — Two people were hurt near Forest Park on Tuesday.\n"
        "The mayor's office said police in north-west London   arrested a man from Shediac.  "
    )
    _assert_columns_match_the_tokens(nlp(text))


def test_token_columns_string_memo_stays_bounded_and_answers_right_after_it_is_emptied(
    monkeypatch,
):
    from realpolitik.nlp import token_columns as module

    monkeypatch.setattr(module, "_MAX_STRINGS", 3)
    monkeypatch.setattr(module, "_TEXTS", {})
    monkeypatch.setattr(module, "_LEMMAS", {})
    for doc in (_hand_made(), Doc(spacy.blank("en").vocab, words=["Talks", "resumed", "late"])):
        _assert_columns_match_the_tokens(doc)
        assert len(module._TEXTS) <= 2 * len(doc) and len(module._LEMMAS) <= len(doc)
    assert len(module._TEXTS) <= 3 + 2 * 3  # emptied at the second document, then refilled
