"""Document vectors for story clustering: TF-IDF blocks for words, names, numbers and the lead.

Look-alike happenings in one topic (two rehab check-ins, two earthquakes) share most of their
vocabulary; what tells them apart are names, numbers, years and the headline. Each of those gets
its own TF-IDF block, L2-normalised and weighted, so a shared name or year counts for more than a
shared common word. Pure regex features: no spaCy, ~0.3 s for the 772 ECB+ dev documents.

Document frequencies are those of the document's epoch (`EPOCH_DAYS`), never of the whole
corpus, and the columns are the terms in sorted order: a document's vector, to the last bit,
depends on its epoch alone, whichever other documents are vectorised with it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.preprocessing import normalize

from realpolitik.model import Document

# Block weights, tuned as a set with the linkage threshold in stories.py on ECB+ dev (772 docs,
# 66 happenings) by a grid over names {0, 0.5, 1}, numbers {0, 0.3, 0.6, 0.9, 1.2},
# lead {0, 0.5, 0.8, 1.1}: B-cubed F1 0.90 words only, 0.92 with names, 0.936 with numbers and
# a 0.5 lead, 0.946 with the weights below. Re-run `realpolitik.eval.stories` after any change.
NAME_WEIGHT = 0.5
NUMBER_WEIGHT = 0.9
LEAD_WEIGHT = 1.1

# The lead is the title and the first lines: headline words name the happening.
LEAD_LINES = 2

_WORD = r"(?u)\b[a-zA-Z][a-zA-Z]+\b"
_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-zA-Z'\-]+(?:\s+[A-Z][a-zA-Z'\-]+)*")
_NUMBER = re.compile(r"\b\d[\d,.]*\b")
_YEAR = re.compile(r"(19[5-9]\d|20[0-4]\d)")
# Sentence-initial function words are capitalised but name nothing.
_NOT_NAMES = frozenset(
    "The A An In On At It He She They We This That But And Of For To As By With From After "
    "Before When While His Her Their Its".split()
)


def name_features(text: str) -> list[str]:
    """Capitalised words and multi-word names ('C_lohan', 'P_betty_ford')."""
    out: list[str] = []
    for match in _CAPITALISED_RUN.finditer(text):
        words = match.group().split()
        if words and words[0] in _NOT_NAMES:
            words = words[1:]
        out.extend("C_" + w.lower() for w in words)
        if len(words) > 1:
            out.append("P_" + "_".join(w.lower() for w in words))
    return out


def number_features(text: str) -> list[str]:
    """Numbers ('N_33') and years ('Y_2013') as tokens."""
    out: list[str] = []
    for raw in _NUMBER.findall(text):
        number = raw.strip(".,")
        out.append(("Y_" if _YEAR.fullmatch(number) else "N_") + number)
    return out


def lead_text(doc: Document) -> str:
    lines = [line for line in _text(doc).split("\n") if line.strip()][:LEAD_LINES]
    return "\n".join(([doc.title] if doc.title else []) + lines)


def _text(doc: Document) -> str:
    return doc.text or doc.raw


# Document frequencies are counted within an epoch: documents published in the same block of
# EPOCH_DAYS days (fixed blocks of the calendar, `epoch_of`), undated documents forming one epoch
# of their own. A document's vector then depends on its own epoch only, so adding documents
# changes the vectors of their epochs and no others (`fusion.incremental` re-computes exactly
# those). 10 days hold the coverage of most happenings and, at 100 documents a day, 1,000
# documents to count frequencies over; a shorter epoch makes the weights noisier, a longer one
# makes an incremental run re-compute more.
EPOCH_DAYS = 10
UNDATED = -1


def epoch_of(published: date | None) -> int:
    """The epoch of a publication date (UNDATED for none)."""
    return UNDATED if published is None else published.toordinal() // EPOCH_DAYS


def epoch_days(epoch: int) -> tuple[date, date]:
    """First and last day of a dated epoch."""
    first = epoch * EPOCH_DAYS
    return date.fromordinal(max(first, 1)), date.fromordinal(first + EPOCH_DAYS - 1)


def document_epochs(documents: Sequence[Document]) -> np.ndarray:
    return np.array([epoch_of(d.published) for d in documents], dtype=np.int64)


def _block(vectorizer: CountVectorizer, texts: Sequence[str], epochs: np.ndarray) -> csr_matrix:
    """Sublinear TF-IDF (as scikit-learn's smooth idf) with document frequencies counted per
    epoch, L2-normalised rows. Columns are the block's terms in sorted order, so two calls on
    different sets of documents order the terms they share alike: a document's row then holds
    the same values in the same order, and its dot products are the same to the last bit."""
    n = len(texts)
    try:
        counts = csr_matrix(vectorizer.fit_transform(texts))
    except ValueError:  # no feature at all in any text (e.g. no numbers): an empty block
        return csr_matrix((n, 1))
    counts.sort_indices()
    # Logs from Python's math, once per distinct integer: the same bits wherever a value sits
    # in an array, which numpy's vectorised log does not promise.
    data = counts.data.astype(np.int64)
    tf = np.array([0.0] + [1.0 + math.log(c) for c in range(1, int(data.max()) + 1)])[data]
    weights = np.empty(len(data), dtype=np.float64)
    for rows in _epoch_rows(epochs):
        at = _entries(counts, rows)
        df = np.bincount(counts.indices[at], minlength=counts.shape[1])
        size = len(rows)
        idf = np.array([math.log((1 + size) / (1 + k)) + 1.0 for k in range(size + 1)])
        weights[at] = tf[at] * idf[df[counts.indices[at]]]
    out = csr_matrix((weights, counts.indices, counts.indptr), shape=counts.shape)
    return csr_matrix(normalize(out, copy=False))


def _epoch_rows(epochs: np.ndarray) -> list[np.ndarray]:
    """The rows of each epoch."""
    order = np.argsort(epochs, kind="stable")
    return np.split(order, np.flatnonzero(np.diff(epochs[order])) + 1)


def _entries(x: csr_matrix, rows: np.ndarray) -> np.ndarray:
    """Positions in x.data / x.indices of the entries of `rows`."""
    starts, ends = x.indptr[rows], x.indptr[rows + 1]
    lengths = ends - starts
    if not lengths.sum():
        return np.zeros(0, dtype=np.int64)
    offsets = np.repeat(starts - np.cumsum(np.r_[0, lengths[:-1]]), lengths)
    return np.arange(int(lengths.sum()), dtype=np.int64) + offsets


def epoch_document_frequency(x: csr_matrix, epochs: np.ndarray) -> np.ndarray:
    """For each stored entry of `x` (row-major), how many rows of its row's epoch hold its
    column."""
    out = np.zeros(len(x.indices), dtype=np.int64)
    for rows in _epoch_rows(epochs):
        at = _entries(x, rows)
        df = np.bincount(x.indices[at], minlength=x.shape[1])
        out[at] = df[x.indices[at]]
    return out


def document_vectors(documents: Sequence[Document]) -> csr_matrix:
    """One L2-normalised row per document, weighted by the document frequencies of its epoch."""
    texts = [_text(d) for d in documents]
    epochs = document_epochs(documents)
    words = CountVectorizer(stop_words="english", token_pattern=_WORD)
    names = CountVectorizer(analyzer=name_features, lowercase=False)
    numbers = CountVectorizer(analyzer=number_features, lowercase=False)
    lead = CountVectorizer(stop_words="english", token_pattern=_WORD)
    blocks = [
        _block(words, texts, epochs),
        NAME_WEIGHT * _block(names, texts, epochs),
        NUMBER_WEIGHT * _block(numbers, texts, epochs),
        LEAD_WEIGHT * _block(lead, [lead_text(d) for d in documents], epochs),
    ]
    x = csr_matrix(hstack(blocks).tocsr())
    x.sort_indices()
    return csr_matrix(normalize(x))
