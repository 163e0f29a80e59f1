"""Duplicate marking: exact (same cleaned text) and near duplicates (MinHash LSH over shingles).

Near duplicates are the same article re-published with small edits: another outlet's furniture,
a changed headline, a corrected sentence. They are found by the Jaccard similarity of the sets of
word 5-grams ("shingles"), estimated by MinHash and looked up in an LSH index, so that marking
costs about the same whether the index holds ten documents or a hundred thousand.
"""

from __future__ import annotations

import re
import zlib
from functools import cache

import numpy as np
from datasketch import MinHash, MinHashLSH

from realpolitik.model import Document

# Word n-grams: 5 words is long enough that two different articles on the same event share few
# shingles (they share names and phrases, rarely five words in a row), short enough that one
# edited sentence changes few of them.
SHINGLE_WORDS = 5
# 128 permutations estimate Jaccard to about +-0.04, enough for the gap described below.
NUM_PERM = 128
# Jaccard above which two documents are the same article. Tuned on ECB+ dev (772 documents, many
# of them different outlets' reports of one event), all pairs computed exactly: pairs at
# 0.74-0.98 are one wire article reposted with another URL/headline/dateline header; the next
# ones, 0.52-0.64, are wire copy rewritten by another outlet (sentences cut, merged, reordered),
# which is another report and stays a document of its own. 0.7 sits in that gap; MinHash's error
# (about +-0.04 here) keeps it clear of both sides.
NEAR_DUPLICATE_JACCARD = 0.7
# Texts with fewer words than this are not compared approximately: a few shingles make Jaccard
# jump in big steps and short notices ("Police said no one was hurt.") are legitimately alike.
MIN_WORDS_FOR_NEAR = 25

_WORD = re.compile(r"\w+")


def shingles(tokens: list[str]) -> set[str]:
    """The word 5-grams of lowercased tokens (the whole text when it is shorter)."""
    n = SHINGLE_WORDS
    if len(tokens) < n:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[k : k + n]) for k in range(len(tokens) - n + 1)}


def _hash32(shingle: str) -> int:
    # CRC-32: deterministic (the same duplicates every run, unlike Python's salted `hash`) and in
    # C; with datasketch's affine permutations on top it spreads as well as the default sha1 for
    # this use, at a fifth of the cost.
    return zlib.crc32(shingle.encode("utf-8"))


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    # Drawn once (datasketch's fixed seed), instead of for every MinHash.
    return MinHash(num_perm=NUM_PERM, scheme="affine32").permutations


def minhash(text: str) -> MinHash | None:
    """The MinHash of a text's shingles, or None when it is too short to compare approximately."""
    tokens = _WORD.findall(text.lower())
    if len(tokens) < MIN_WORDS_FOR_NEAR:
        return None
    m = MinHash(
        num_perm=NUM_PERM, hashfunc=_hash32, permutations=_permutations(), scheme="affine32"
    )
    m.update_batch(list(shingles(tokens)))
    return m


class DuplicateIndex:
    """Remembers the documents seen so far; marks a document that repeats one of them."""

    def __init__(self, threshold: float = NEAR_DUPLICATE_JACCARD) -> None:
        self.threshold = threshold
        self._by_hash: dict[str, str] = {}
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._minhashes: list[MinHash] = []
        self._doc_ids: list[str] = []

    def __len__(self) -> int:
        return len(self._doc_ids)

    def add_existing(self, doc_id: str, content_hash: str, text: str) -> None:
        """Register a document already accepted (e.g. stored by an earlier run)."""
        if content_hash in self._by_hash:
            return
        self._by_hash[content_hash] = doc_id
        self._add_near(doc_id, minhash(text))

    def _add_near(self, doc_id: str, m: MinHash | None) -> None:
        if m is None:
            return
        key = len(self._doc_ids)  # our own keys: a doc_id may come back with new content
        self._doc_ids.append(doc_id)
        self._minhashes.append(m)
        self._lsh.insert(key, m)

    def nearest(self, m: MinHash, exclude: str) -> tuple[str, float] | None:
        """The most similar registered document (other than `exclude`) above the threshold."""
        best: tuple[str, float] | None = None
        for key in self._lsh.query(m):
            doc_id = self._doc_ids[key]
            if doc_id == exclude:
                continue
            similarity = float(m.jaccard(self._minhashes[key]))
            if similarity >= self.threshold and (best is None or similarity > best[1]):
                best = (doc_id, similarity)
        return best

    def mark(self, doc: Document) -> Document:
        """Mark `doc` as a duplicate of the first document it repeats, else register it."""
        if doc.status != "ok" or doc.content_hash is None:
            return doc
        first = self._by_hash.get(doc.content_hash)
        if first is not None and first != doc.doc_id:
            doc.status, doc.duplicate_of = "duplicate", first
            doc.reason = f"exact duplicate of {first}"
            return doc
        m = minhash(doc.text)
        near = self.nearest(m, exclude=doc.doc_id) if m is not None else None
        if near is not None:
            doc.status, doc.duplicate_of = "duplicate", near[0]
            doc.reason = f"near duplicate of {near[0]} (jaccard≈{near[1]:.2f})"
            return doc
        if first is None:
            self._by_hash[doc.content_hash] = doc.doc_id
            self._add_near(doc.doc_id, m)
        return doc
