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
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from itertools import product

import networkx as nx
import numpy as np

EXACT_MAX_ASSIGNMENTS = 2**16
LOCAL_SEARCH_RESTARTS = 30


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
    nodes = sorted(graph.nodes)
    if not nodes:
        return Partition({}, 0.0, [], "exact")
    if k < 2 or len(nodes) == 1:
        camp_of = dict.fromkeys(nodes, 0)
        method = "exact"
    elif k ** (len(nodes) - 1) <= EXACT_MAX_ASSIGNMENTS:
        camp_of = _exact(graph, nodes, k)
        method = "exact"
    else:
        camp_of = _local_search(graph, nodes, k, random.Random(seed), restarts, start)
        method = "local search"
    camp_of = _renumber(nodes, camp_of)
    frustrated = frustrated_edges(graph, camp_of)
    cost = sum(abs(float(graph.edges[a, b]["weight"])) for a, b in frustrated)
    return Partition(camp_of, round(cost, 4), frustrated, method)


def _exact(graph: nx.Graph, nodes: list[str], k: int) -> dict[str, int]:
    index = {n: i for i, n in enumerate(nodes)}
    rest = np.array(list(product(range(k), repeat=len(nodes) - 1)), dtype=np.int8)
    assignments = np.hstack([np.zeros((len(rest), 1), dtype=np.int8), rest.reshape(len(rest), -1)])
    edges = signed_edges(graph)
    if not edges:
        return dict.fromkeys(nodes, 0)
    left = np.array([index[a] for a, _, _ in edges])
    right = np.array([index[b] for _, b, _ in edges])
    weights = np.array([w for _, _, w in edges])
    same = assignments[:, left] == assignments[:, right]  # assignments × edges
    frustrated = np.where(weights > 0, ~same, same)
    costs = frustrated.astype(float) @ np.abs(weights)
    # Ties: the first optimum in enumeration order, which prefers fewer camps (zeros first).
    best = int(np.argmin(costs))
    return {n: int(assignments[best, index[n]]) for n in nodes}


def _local_search(
    graph: nx.Graph,
    nodes: list[str],
    k: int,
    rng: random.Random,
    restarts: int,
    start: dict[str, int] | None = None,
) -> dict[str, int]:
    # Plain adjacency lists: networkx views (subgraphs especially) are slow in this inner loop.
    index = {n: i for i, n in enumerate(nodes)}
    neighbours: list[list[tuple[int, float]]] = [[] for _ in nodes]
    for a, b, w in signed_edges(graph):
        neighbours[index[a]].append((index[b], w))
        neighbours[index[b]].append((index[a], w))
    best: list[int] = []
    best_cost = float("inf")
    for attempt in range(max(1, restarts)):
        # The first start is the one given (or everyone in camp 0, which greedy moves then
        # split); the rest are random.
        if attempt == 0:
            camps = [start.get(n, 0) % k if start else 0 for n in nodes]
        else:
            camps = [rng.randrange(k) for _ in nodes]
        order = list(range(len(nodes)))
        improved = True
        while improved:
            improved = False
            rng.shuffle(order)
            for i in order:
                costs = [0.0] * k
                for j, w in neighbours[i]:
                    for c in range(k):
                        if (w > 0) != (camps[j] == c):
                            costs[c] += abs(w)
                target = min(range(k), key=costs.__getitem__)
                if costs[target] < costs[camps[i]] - 1e-12:
                    camps[i] = target
                    improved = True
        cost = sum(
            abs(w) for i in range(len(nodes)) for j, w in neighbours[i]
            if i < j and (w > 0) != (camps[i] == camps[j])
        )  # fmt: skip
        if cost < best_cost - 1e-12:
            best, best_cost = camps[:], cost
    return {n: best[index[n]] for n in nodes}


def _renumber(nodes: list[str], camp_of: dict[str, int]) -> dict[str, int]:
    """Camps numbered 0, 1, ... in order of the (sorted) nodes, so equal partitions compare equal."""
    mapping: dict[int, int] = {}
    for n in nodes:
        mapping.setdefault(camp_of[n], len(mapping))
    return {n: mapping[camp_of[n]] for n in nodes}
