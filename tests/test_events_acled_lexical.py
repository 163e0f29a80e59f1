"""Hashed lemma n-gram rows of the ACLED classifier (events/acled_lexical.py) on hand-made docs."""

from __future__ import annotations

import numpy as np
import spacy
from spacy.tokens import Doc

from realpolitik.events.acled_lexical import NUMBER, bucket, grams, lexical_matrix, passage_row


def _doc(words, lemmas):
    nlp = spacy.blank("en")
    return Doc(
        nlp.vocab, words=words, lemmas=lemmas, sent_starts=[True] + [False] * (len(words) - 1)
    )


def test_grams_are_lemma_unigrams_and_adjacent_bigrams_without_punctuation():
    doc = _doc(["Troops", "shelled", "3", "villages", "."], ["troop", "shell", "3", "village", "."])
    assert grams([doc[:]]) == {
        "troop",
        "shell",
        NUMBER,
        "village",
        "troop shell",
        f"shell {NUMBER}",
        f"{NUMBER} village",
    }


def test_a_row_marks_each_gram_once_at_unit_length_and_the_hash_is_stable():
    doc = _doc(["riot", "riot", "police"], ["riot", "riot", "police"])
    row = passage_row([doc[:]], 64)
    assert abs(float(np.linalg.norm(row)) - 1.0) < 1e-6
    assert row[bucket("riot", 64)] > 0 and row[bucket("riot police", 64)] > 0
    assert bucket("riot", 64) == bucket("riot", 64) == 309954025 % 64  # CRC-32, not hash()


def test_no_buckets_when_the_model_reads_none():
    doc = _doc(["a"], ["a"])
    assert lexical_matrix([[doc[:]]], 0).shape == (1, 0)
    assert lexical_matrix([], 8).shape == (0, 8)
