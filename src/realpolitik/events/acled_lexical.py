"""Hashed lexical features of the ACLED classifier: the passage's lemma 1- and 2-grams.

A second, cheap view beside the sentence embedding (`acled_model`) and the word-group features
(`acled_features`): the mean-pooled embedding blurs the few words that tell close sub-types apart,
and the word groups list only the words someone thought of. Each lemma unigram and each bigram of
adjacent lemmas of a sentence is hashed (CRC-32, stable across processes and machines) into one of
`dim` buckets; a passage's row marks the buckets present (1, not counts: a word repeated says no
more), scaled to unit length. No model or vocabulary is read or shipped: the weights of the
buckets are learned by the logistic regression (scripts/train_acled.py), so only numbers travel
with the package, never training text.

The parse already gives the lemmas, so this costs no embedding call (speed target of issue 9).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence

import numpy as np
from spacy.tokens import Span, Token

# Numbers are one pseudo-word: "12 protesters" and "300 protesters" are the same cue.
NUMBER = "@num"


def _key(tok: Token) -> str:
    if tok.like_num:
        return NUMBER
    return tok.lemma_.lower() or tok.lower_


def grams(sentences: Iterable[Span]) -> set[str]:
    """The lemma unigrams and adjacent-lemma bigrams of the sentences (punctuation skipped;
    bigrams never cross a sentence)."""
    out: set[str] = set()
    for sent in sentences:
        keys = [_key(t) for t in sent if not (t.is_punct or t.is_space)]
        out.update(keys)
        out.update(f"{a} {b}" for a, b in zip(keys, keys[1:], strict=False))
    return out


def bucket(gram: str, dim: int) -> int:
    return zlib.crc32(gram.encode("utf-8")) % dim


def passage_row(sentences: Iterable[Span], dim: int) -> np.ndarray:
    """The unit-length 0/1 bucket vector of a passage (zeros when it has no word)."""
    row = np.zeros(dim, dtype=np.float32)
    for g in grams(sentences):
        row[bucket(g, dim)] = 1.0
    norm = float(np.linalg.norm(row))
    return row / norm if norm else row


def lexical_matrix(passages: Sequence[Iterable[Span]], dim: int) -> np.ndarray:
    """One `passage_row` per passage (no columns when the model reads none: `dim` 0)."""
    if not passages or not dim:
        return np.zeros((len(passages), dim), dtype=np.float32)
    return np.vstack([passage_row(p, dim) for p in passages])
