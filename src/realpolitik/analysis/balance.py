"""Structural balance: split a signed graph into camps with as few frustrated ties as possible.

A tie is frustrated when it is positive across camps or negative within a camp (Heider;
Cartwright & Harary). The cost of a partition is the sum of |weight| over frustrated ties, so
one heavy armed clash counts more than a stray accusation.

Small graphs are solved exactly: every assignment of the nodes to at most k camps (the first
node pinned to camp 0, which removes the mirror images) is scored at once with numpy; up to
EXACT_MAX_ASSIGNMENTS assignments (2 camps: 17 nodes) that takes a few milliseconds. Larger
graphs use local search: from random starts, move one node at a time to the camp that lowers
the cost most until no move helps, and keep the best of several restarts. It finds the optimum
on small benchmark graphs and a good partition on larger ones, with no optimality guarantee.
Each node's cost per camp is kept up to date as nodes move (a visit is a lookup, not a pass
over its ties), in exact integer units: 30 restarts on 150 actors and 7,430 ties take 40 ms
of CPU where summing each node's ties at every visit took 2 s; the moves and the result are
the same
(`tests/test_report_camps_search.py` replays the plain search on random graphs).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from itertools import product
from typing import Any

import networkx as nx
import numpy as np

EXACT_MAX_ASSIGNMENTS = 2**16
LOCAL_SEARCH_RESTARTS = 30
# Costs are summed in whole units of 1e-9, exactly: a move is made only when it lowers the cost,
# and equal costs are equal whatever the order of the ties (network weights have 4 decimals,
# so the units lose nothing).
WEIGHT_UNIT = 1e-9


@dataclass
class Partition:
    camp_of: dict[str, int]  # node -> camp index (0 .. k-1, numbered by first appearance)
    cost: float  # Σ |weight| of frustrated ties
    frustrated: list[tuple[str, str]]
    method: str  # "exact" or "local search"


def signed_edges(graph: nx.Graph) -> list[tuple[str, str, float]]:
    """The graph's ties with a sign (weight 0 says nothing about camps)."""
    return [(a, b, float(d["weight"])) for a, b, d in graph.edges(data=True) if d["weight"]]


def frustrated_edges(graph: nx.Graph, camp_of: dict[str, int]) -> list[tuple[str, str]]:
    return [(a, b) for a, b, w in signed_edges(graph) if (w > 0) != (camp_of[a] == camp_of[b])]


def partition_cost(graph: nx.Graph, camp_of: dict[str, int]) -> float:
    return sum(abs(float(graph.edges[a, b]["weight"])) for a, b in frustrated_edges(graph, camp_of))


def best_partition(
    graph: nx.Graph,
    k: int = 2,
    seed: int = 0,
    restarts: int = LOCAL_SEARCH_RESTARTS,
    start: dict[str, int] | None = None,
) -> Partition:
    """The partition into at most k camps with the least frustration.

    `start` (local search only) is a first guess to improve on, e.g. the partition of the full
    data when re-partitioning a bootstrap resample.
    """
    # The ties are read once: iterating a networkx subgraph view is slow on thousands of ties.
    return partition_ties(sorted(graph.nodes), signed_edges(graph), k, seed, restarts, start)


def partition_ties(
    nodes: list[str],
    edges: list[tuple[str, str, float]],
    k: int = 2,
    seed: int = 0,
    restarts: int = LOCAL_SEARCH_RESTARTS,
    start: dict[str, int] | None = None,
) -> Partition:
    """`best_partition` of the graph given as its sorted nodes and signed ties (a, b, weight):
    for callers that aggregated the ties themselves (no networkx graph needed)."""
    if not nodes:
        return Partition({}, 0.0, [], "exact")
    if k < 2 or len(nodes) == 1:
        camp_of = dict.fromkeys(nodes, 0)
        method = "exact"
    elif k ** (len(nodes) - 1) <= EXACT_MAX_ASSIGNMENTS:
        camp_of = _exact(edges, nodes, k)
        method = "exact"
    else:
        camp_of = _local_search(edges, nodes, k, random.Random(seed), restarts, start)
        method = "local search"
    camp_of = _renumber(nodes, camp_of)
    frustrated = [(a, b, w) for a, b, w in edges if w and (w > 0) != (camp_of[a] == camp_of[b])]
    cost = sum(abs(w) for _, _, w in frustrated)
    return Partition(camp_of, round(cost, 4), [(a, b) for a, b, _ in frustrated], method)


def _exact(edges: list[tuple[str, str, float]], nodes: list[str], k: int) -> dict[str, int]:
    index = {n: i for i, n in enumerate(nodes)}
    rest = np.array(list(product(range(k), repeat=len(nodes) - 1)), dtype=np.int8)
    assignments = np.hstack([np.zeros((len(rest), 1), dtype=np.int8), rest.reshape(len(rest), -1)])
    edges = [e for e in edges if e[2]]
    if not edges:
        return dict.fromkeys(nodes, 0)
    left = np.array([index[a] for a, _, _ in edges])
    right = np.array([index[b] for _, b, _ in edges])
    weights = np.array([w for _, _, w in edges])
    same = assignments[:, left] == assignments[:, right]  # assignments × edges
    frustrated = np.where(weights > 0, ~same, same)
    # Whole units of WEIGHT_UNIT: the sums are exact (below 2**53), so equal costs are equal
    # whatever the order of the ties, and the first optimum is the one kept.
    costs = frustrated.astype(float) @ np.rint(np.abs(weights) / WEIGHT_UNIT)
    # Ties: the first optimum in enumeration order, which prefers fewer camps (zeros first).
    best = int(np.argmin(costs))
    return {n: int(assignments[best, index[n]]) for n in nodes}


def _local_search(
    edges: list[tuple[str, str, float]],
    nodes: list[str],
    k: int,
    rng: random.Random,
    restarts: int,
    start: dict[str, int] | None = None,
) -> dict[str, int]:
    """Greedy single-node moves from several starts; the best partition found.

    `field[i, c]` is the frustrated weight of node i's ties were i in camp c: it equals
    P_i − Σ_j w_ij [camp_j = c] (P_i: i's positive weight), so it is computed once per start and
    kept up to date when a node m moves from camp a to b (column a gains m's signed ties, column
    b loses them). A visit then costs a lookup, not a pass over the node's ties; the moves, the
    visiting order and the random draws are those of the plain search.
    """
    n = len(nodes)
    index = {node: i for i, node in enumerate(nodes)}
    # One tie per pair (a list may name a pair twice); a tie of a node with itself is frustrated
    # or not whatever the camps, so it cannot steer a move.
    ia = np.array([index[a] for a, _, _ in edges], dtype=np.int64)
    ib = np.array([index[b] for _, b, _ in edges], dtype=np.int64)
    units = np.rint(np.array([w for _, _, w in edges], dtype=float) / WEIGHT_UNIT).astype(np.int64)
    own = ia != ib
    pair, where_pair = np.unique(np.minimum(ia, ib)[own] * n + np.maximum(ia, ib)[own], return_inverse=True)
    summed = np.zeros(len(pair), dtype=np.int64)
    np.add.at(summed, where_pair, units[own])
    left, right, weight = pair[summed != 0] // n, pair[summed != 0] % n, summed[summed != 0]
    # Each node's ties as arrays (both directions), for the update after a move.
    ends = np.concatenate([left, right])
    others = np.concatenate([right, left])
    both = np.concatenate([weight, weight])
    by_node = np.argsort(ends, kind="stable")
    bounds = np.searchsorted(ends[by_node], np.arange(n + 1))
    tie_other = [others[by_node[bounds[i] : bounds[i + 1]]] for i in range(n)]
    tie_weight = [both[by_node[bounds[i] : bounds[i + 1]]] for i in range(n)]
    positive = np.zeros(n, dtype=np.int64)
    np.add.at(positive, ends, np.where(both > 0, both, 0))
    abs_weight = np.abs(weight)

    # The random draws take most of the time on a sparse graph: they are made here with the
    # generator's raw bits, as `Random.shuffle` and `Random.randrange` make them (the same
    # numbers; tests/test_report_camps_search.py compares with the calls themselves).
    getrandbits = rng.getrandbits
    bits = [(i + 1).bit_length() for i in range(n)]
    best: list[int] = []
    best_cost: int | None = None
    for attempt in range(max(1, restarts)):
        # The first start is the one given (or everyone in camp 0, which greedy moves then
        # split); the rest are random.
        if attempt == 0:
            camps = [start.get(node, 0) % k if start else 0 for node in nodes]
        else:
            camps = [_below(getrandbits, k) for _ in nodes]  # rng.randrange(k), spelt out
        where = np.array(camps, dtype=np.int64)
        pull = np.zeros((k, n), dtype=np.int64)  # Σ_j w_ij [camp_j = c], one row per camp
        np.add.at(pull, (where[others], ends), both)
        field = [positive - pull[c] for c in range(k)]
        order = list(range(n))
        improved = True
        while improved:
            improved = False
            _shuffle(order, getrandbits, bits)  # rng.shuffle(order), spelt out
            if k == 2:  # the usual case, spelt out: half the time of the general loop
                cost0, cost1 = field[0].item, field[1].item
                for i in order:
                    current = camps[i]
                    # the camp with the lower cost (camp 0 on a tie), if lower than the current
                    if cost1(i) < cost0(i) if current == 0 else cost0(i) < cost1(i):
                        target = 1 - current
                        camps[i] = target
                        field[current][tie_other[i]] += tie_weight[i]
                        field[target][tie_other[i]] -= tie_weight[i]
                        improved = True
                continue
            for i in order:
                costs = [column.item(i) for column in field]
                target = costs.index(min(costs))
                current = camps[i]
                if costs[target] < costs[current]:
                    camps[i] = target
                    field[current][tie_other[i]] += tie_weight[i]
                    field[target][tie_other[i]] -= tie_weight[i]
                    improved = True
        where = np.array(camps, dtype=np.int64)
        frustrated = (weight > 0) != (where[left] == where[right])
        cost = int(abs_weight[frustrated].sum())
        if best_cost is None or cost < best_cost:
            best, best_cost = camps[:], cost
    return {node: best[index[node]] for node in nodes}


def _below(getrandbits: Any, n: int) -> int:
    """A uniform integer in [0, n), drawn as `Random._randbelow` draws it (rejection sampling)."""
    k = n.bit_length()
    r = getrandbits(k)
    while r >= n:
        r = getrandbits(k)
    return int(r)


def _shuffle(order: list[int], getrandbits: Any, bits: list[int]) -> None:
    """`Random.shuffle(order)` with the same draws; bits[i] = (i + 1).bit_length()."""
    for i in range(len(order) - 1, 0, -1):
        k = bits[i]
        r = getrandbits(k)
        while r > i:
            r = getrandbits(k)
        order[i], order[r] = order[r], order[i]


def _renumber(nodes: list[str], camp_of: dict[str, int]) -> dict[str, int]:
    """Camps numbered 0, 1, ... in order of the (sorted) nodes, so equal partitions compare equal."""
    mapping: dict[int, int] = {}
    for n in nodes:
        mapping.setdefault(camp_of[n], len(mapping))
    return {n: mapping[camp_of[n]] for n in nodes}
