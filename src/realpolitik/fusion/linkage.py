"""Weighted (WPGMA) linkage on a sparse similarity graph, in exact arithmetic, with its history.

The similarity of two clusters is the mean of its two parts' similarities to the other (a pair
never compared counts 0), so it is the sum over the leaf pairs across them of
s(x, y) * 2**-(depth of x in its cluster + depth of y in its own): a number that depends on the
two clusters' trees and the leaf similarities only, whatever order the merges came in. Computed
in floating point it would not be: (a + b) / 2 rounds, and the rounding depends on which merges
came first. So the leaf similarities are rounded to multiples of 2**-QUANTUM_BITS and every mean
is exact: a float while the value fits in 53 bits (the common case: a float sum is checked to be
exact), a `Fraction` (a power-of-two denominator) beyond. The heap orders clusters by the float
nearest the exact value, ties going to the pair of smallest indexes.

That is what lets `story_replay` compute the similarity of a cluster to another from the leaf
edges alone (`dyadic_sum`) and get, to the bit, what this linkage computes merge by merge: an
incremental run can then re-run only the part of the merge history that new documents reach.
"""

from __future__ import annotations

import heapq
import math
from fractions import Fraction

import numpy as np

# Leaf similarities are rounded to multiples of 2**-24 (6e-8; cosine similarities come from sums
# of float products, good to about 1e-15, and the cut sits on a plateau 0.04 wide): a mean of
# means stays a float, exactly, through about 28 levels of a cluster's tree.
QUANTUM_BITS = 24
_SCALE = float(1 << QUANTUM_BITS)

Value = float | Fraction


def quantize(similarity: np.ndarray) -> np.ndarray:
    """Similarities rounded (half to even) to multiples of 2**-QUANTUM_BITS."""
    return np.round(np.asarray(similarity, dtype=np.float64) * _SCALE) / _SCALE


def mean(x: Value, y: Value) -> Value:
    """(x + y) / 2, exactly (non-negative values)."""
    if type(x) is float and type(y) is float:
        a, b = (x, y) if x >= y else (y, x)
        s = a + b
        if s - a == b:  # Fast2Sum: the sum was exact
            return s * 0.5
    return _simplest((Fraction(x) + Fraction(y)) / 2)


def half(x: Value) -> Value:
    return x * 0.5 if type(x) is float else _simplest(Fraction(x) / 2)


def _simplest(f: Fraction) -> Value:
    """A float when the (dyadic) value is one exactly."""
    if f.numerator.bit_length() <= 53:
        return f.numerator / f.denominator  # exactly representable: the division is exact
    return f


def dyadic_sum(terms: list[tuple[int, int]]) -> Value:
    """Sum of n * 2**-(QUANTUM_BITS + k) over (n, k), exactly."""
    if len(terms) == 1:
        n, k = terms[0]
        return dyadic(n, QUANTUM_BITS + k)
    if not terms:
        return 0.0
    top = max(k for _, k in terms)
    return dyadic(sum(n << (top - k) for n, k in terms), QUANTUM_BITS + top)


def dyadic(total: int, shift: int) -> Value:
    """total * 2**-shift, exactly: a float when it is one."""
    if total == 0:
        return 0.0
    zeros = (total & -total).bit_length() - 1
    total >>= zeros
    shift -= zeros
    if total.bit_length() <= 53:
        return math.ldexp(float(total), -shift)  # both exact
    return Fraction(total, 1 << shift)


def quantum_units(similarity: np.ndarray) -> np.ndarray:
    """The quantized similarities as integers (multiples of 2**-QUANTUM_BITS)."""
    return np.round(np.asarray(similarity, dtype=np.float64) * _SCALE).astype(np.int64)


def key(value: Value) -> float:
    """The float nearest the exact value: what the heap orders by (the same in every run)."""
    return value if type(value) is float else float(value)


Merge = tuple[int, int, float]  # (kept index, joining index, key of their similarity)


def wpgma(
    n: int, i: np.ndarray, j: np.ndarray, similarity: np.ndarray, link: float
) -> tuple[list[int], list[Merge]]:
    """Cluster labels and merge history of WPGMA over the pairs given (missing pairs: 0),
    merging the most similar pair of clusters while its similarity is at least `link`.

    Ties go to the pair of smallest indexes; the merged cluster keeps the smaller index. The
    history lists each merge (kept, joining, key) in the order made.
    """
    neighbours: list[dict[int, Value]] = [{} for _ in range(n)]
    for a, b, s in zip(i.tolist(), j.tolist(), quantize(similarity).tolist(), strict=True):
        if a == b or s <= 0.0:
            continue
        a, b = min(a, b), max(a, b)
        if s > neighbours[a].get(b, 0.0):
            neighbours[a][b] = neighbours[b][a] = s
    heap = [(-key(s), a, b) for a in range(n) for b, s in neighbours[a].items() if a < b and s >= link]
    heapq.heapify(heap)
    parent = list(range(n))
    alive = [True] * n
    merges: list[Merge] = []
    push = heapq.heappush
    while heap:
        negative, a, b = heapq.heappop(heap)
        if not (alive[a] and alive[b]):
            continue
        value = neighbours[a].get(b)
        if value is None or key(value) != -negative:
            continue  # stale: the similarity changed since
        alive[b] = False
        parent[b] = a
        merges.append((a, b, -negative))
        na, nb = neighbours[a], neighbours[b]
        del na[b], nb[a]
        for k, vb in nb.items():
            nk = neighbours[k]
            del nk[b]
            m = mean(na.get(k, 0.0), vb)
            na[k] = nk[a] = m
            if m >= link:
                push(heap, (-key(m), min(a, k), max(a, k)))
        for k, va in na.items():
            if k in nb:
                continue
            m = half(va)
            na[k] = neighbours[k][a] = m
            if m >= link:
                push(heap, (-key(m), min(a, k), max(a, k)))
        neighbours[b] = {}
    return _labels(parent), merges


def _labels(parent: list[int]) -> list[int]:
    labels: list[int] = []
    roots: dict[int, int] = {}
    for x in range(len(parent)):
        root = x
        while parent[root] != root:
            root = parent[root]
        labels.append(roots.setdefault(root, len(roots)))
    return labels
