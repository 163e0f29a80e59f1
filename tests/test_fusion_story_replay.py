"""Replaying a merge history after some documents' edges changed gives, merge for merge, what
the weighted linkage gives the new graph: random graphs, with similarities from a few values
(many exact ties) or continuous ones, documents added, edges of old documents replaced."""

from __future__ import annotations

import random

import numpy as np
import pytest

from realpolitik.fusion.linkage import quantum_units, wpgma
from realpolitik.fusion.story_replay import replay

LINK = 0.14


def _graph(rng: random.Random, n: int, degree: float, values: list[float] | None):
    pairs: dict[tuple[int, int], float] = {}
    for _ in range(int(n * degree)):
        a, b = rng.randrange(n), rng.randrange(n)
        if a != b:
            s = rng.choice(values) if values else rng.uniform(0.05, 0.95)
            pairs[(min(a, b), max(a, b))] = s
    return pairs


def _arrays(pairs: dict[tuple[int, int], float]):
    keys = sorted(pairs)
    i = np.array([k[0] for k in keys], dtype=np.int64)
    j = np.array([k[1] for k in keys], dtype=np.int64)
    return i, j, np.array([pairs[k] for k in keys], dtype=np.float64)


def _csr(n: int, i: np.ndarray, j: np.ndarray, s: np.ndarray):
    units = quantum_units(s)
    rows, cols, vals = np.r_[i, j], np.r_[j, i], np.r_[units, units]
    order = np.lexsort((cols, rows))
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.add.at(indptr, rows + 1, 1)
    return np.cumsum(indptr), cols[order], vals[order]


def _partition(labels) -> set[frozenset[int]]:
    groups: dict[int, set[int]] = {}
    for x, label in enumerate(labels):
        groups.setdefault(label, set()).add(x)
    return {frozenset(g) for g in groups.values()}


def _check(rng: random.Random, n_old: int, n_new: int, n_moved: int, degree: float,
           values: list[float] | None) -> int:
    """Old graph on n_old documents; then n_new documents inserted at random positions and the
    edges of n_moved old ones drawn again. Returns how many old clusters were woken."""
    old = _graph(rng, n_old, degree, values)
    n = n_old + n_new
    slots = sorted(rng.sample(range(n), n_old))  # where each old document lands
    new_docs = sorted(set(range(n)) - set(slots))
    moved = sorted(rng.sample(slots, n_moved)) if n_moved else []
    changed = set(new_docs) | set(moved)
    fresh = _graph(rng, n, degree, values)
    pairs = {(slots[a], slots[b]): s for (a, b), s in old.items()
             if slots[a] not in changed and slots[b] not in changed}
    pairs.update({k: s for k, s in fresh.items() if k[0] in changed or k[1] in changed})
    oi, oj, os_ = _arrays(old)
    _, history = wpgma(n_old, oi, oj, os_, LINK)
    history = [(slots[a], slots[b], s) for a, b, s in history]
    i, j, s = _arrays(pairs)
    want_labels, want_merges = wpgma(n, i, j, s, LINK)
    got = replay(n, *_csr(n, i, j, s), history, np.array(sorted(changed), dtype=np.int64), LINK)
    want = _partition(want_labels)
    old_stories = {frozenset(slots[x] for x in g) for g in _partition(wpgma(n_old, oi, oj, os_, LINK)[0])}
    left = {x for x, lab in enumerate(got.labels) if lab < 0}
    kept = {g for g in old_stories if g <= left}
    assert set().union(*kept) == left if kept else not left  # whole old stories, left as they were
    made = _partition([lab for lab in got.labels if lab >= 0])
    mine = [x for x, lab in enumerate(got.labels) if lab >= 0]
    made = {frozenset(mine[k] for k in g) for g in made}
    assert made | kept == want
    # the merges of the new stories are those of the full linkage, in its order
    new_docs_of = {x for x, lab in enumerate(got.labels) if lab >= 0}
    assert got.merges == [m for m in want_merges if m[0] in new_docs_of]
    return got.woken


@pytest.mark.parametrize("seed", range(40))
def test_replay_with_many_ties_equals_the_full_linkage(seed: int) -> None:
    rng = random.Random(seed)
    _check(rng, 60, rng.randrange(1, 8), rng.randrange(0, 5), 2.5, [0.15, 0.3, 0.5, 0.7, 0.9])


@pytest.mark.parametrize("seed", range(40))
def test_replay_with_continuous_similarities_equals_the_full_linkage(seed: int) -> None:
    rng = random.Random(1000 + seed)
    _check(rng, 120, rng.randrange(1, 10), rng.randrange(0, 6), 3.0, None)


def test_a_new_document_that_pulls_a_member_out_of_a_story() -> None:
    # a-b-c: a story (b, c closest, a joins them); new d is closer to c than b is
    n_old = 3
    old = {(0, 1): 0.5, (1, 2): 0.9, (0, 2): 0.5}
    oi, oj, os_ = _arrays(old)
    old_labels, history = wpgma(n_old, oi, oj, os_, LINK)
    assert len(set(old_labels)) == 1
    pairs = dict(old)
    pairs[(2, 3)] = 0.95
    i, j, s = _arrays(pairs)
    want_labels, want_merges = wpgma(4, i, j, s, LINK)
    got = replay(4, *_csr(4, i, j, s), history, np.array([3]), LINK)
    assert got.merges == want_merges
    assert _partition(got.labels) == _partition(want_labels)
    assert want_merges[0][:2] == (2, 3)  # c went to d first


def test_a_new_document_that_joins_two_old_stories() -> None:
    old = {(0, 1): 0.8, (2, 3): 0.8}
    oi, oj, os_ = _arrays(old)
    _, history = wpgma(4, oi, oj, os_, LINK)
    pairs = dict(old)
    pairs.update({(0, 4): 0.6, (1, 4): 0.6, (2, 4): 0.6, (3, 4): 0.6})
    i, j, s = _arrays(pairs)
    want_labels, want_merges = wpgma(5, i, j, s, LINK)
    assert len(set(want_labels)) == 1
    got = replay(5, *_csr(5, i, j, s), history, np.array([4]), LINK)
    assert got.merges == want_merges
    assert set(got.labels.tolist()) == {0}


def test_an_untouched_story_is_not_woken() -> None:
    old = {(0, 1): 0.8, (2, 3): 0.8, (1, 2): 0.05}
    oi, oj, os_ = _arrays(old)
    _, history = wpgma(4, oi, oj, os_, LINK)
    pairs = dict(old)
    pairs[(3, 4)] = 0.9
    i, j, s = _arrays(pairs)
    got = replay(5, *_csr(5, i, j, s), history, np.array([4]), LINK)
    assert got.labels[0] == got.labels[1] == -1  # the story {0, 1} was left as it was
    assert got.labels[2] == got.labels[3] == got.labels[4] >= 0
