"""The camp search (`analysis.balance`) gives the partitions of the plain search it replaced,
move for move: on random signed graphs past the exact size, with one or three camps' worth of
structure, ties of equal weight, a given start and three camps."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from realpolitik.analysis.balance import best_partition, partition_ties


def _plain_search(graph: nx.Graph, k: int, seed: int, restarts: int,
                  start: dict[str, int] | None = None) -> dict[str, int]:  # fmt: skip
    """The search as it was written first: every visit sums the node's ties anew (a reference,
    kept here to pin that the faster one makes the same moves)."""
    rng = random.Random(seed)
    nodes = sorted(graph.nodes)
    index = {n: i for i, n in enumerate(nodes)}
    neighbours: list[list[tuple[int, float]]] = [[] for _ in nodes]
    for a, b, d in graph.edges(data=True):
        if d["weight"]:
            neighbours[index[a]].append((index[b], d["weight"]))
            neighbours[index[b]].append((index[a], d["weight"]))
    best: list[int] = []
    best_cost = float("inf")
    for attempt in range(max(1, restarts)):
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
        cost = sum(abs(w) for i in range(len(nodes)) for j, w in neighbours[i]
                   if i < j and (w > 0) != (camps[i] == camps[j]))  # fmt: skip
        if cost < best_cost - 1e-12:
            best, best_cost = camps[:], cost
    mapping: dict[int, int] = {}
    for n in nodes:
        mapping.setdefault(best[index[n]], len(mapping))
    return {n: mapping[best[index[n]]] for n in nodes}


def _random_graph(rng: random.Random, n: int, density: float, sides: int, noise: float,
                  grid: bool) -> nx.Graph:  # fmt: skip
    side = {f"n{i:03d}": rng.randrange(sides) for i in range(n)}
    graph = nx.Graph()
    names = sorted(side)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            if rng.random() > density:
                continue
            friendly = (side[a] == side[b]) != (rng.random() < noise)
            # Weights like the network's (sums of event weights, 4 decimals) or small integers,
            # which make many moves a tie.
            w = round(rng.uniform(0.5, 12), 4) if grid else float(rng.randint(1, 3))
            graph.add_edge(a, b, weight=w if friendly else -w)
    return graph


CASES = [
    (n, density, sides, noise, grid, k)
    for n, density, sides, noise, grid, k in [
        (18, 0.5, 2, 0.1, True, 2), (25, 0.3, 2, 0.3, False, 2), (40, 0.2, 3, 0.2, True, 2),
        (60, 0.8, 2, 0.4, True, 2), (80, 0.1, 2, 0.1, False, 2), (30, 0.4, 3, 0.1, True, 3),
        (50, 0.9, 2, 0.5, False, 2), (100, 0.6, 2, 0.3, True, 2),
    ]
]  # fmt: skip


@pytest.mark.parametrize(("n", "density", "sides", "noise", "grid", "k"), CASES)
def test_camp_search_makes_the_moves_of_the_plain_search(n, density, sides, noise, grid, k) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(n * 7 + k)
    for seed in range(3):
        graph = _random_graph(rng, n, density, sides, noise, grid)
        for restarts in (1, 4) if n * density > 30 else (1, 3, 30):
            found = best_partition(graph, k, seed, restarts)
            assert found.method == "local search"
            assert found.camp_of == _plain_search(graph, k, seed, restarts)


def test_camp_search_from_a_given_start_matches_the_plain_search() -> None:
    rng = random.Random(5)
    graph = _random_graph(rng, 45, 0.3, 2, 0.2, True)
    start = {n: rng.randrange(2) for n in graph.nodes}
    assert best_partition(graph, 2, 1, 3, start=start).camp_of == _plain_search(graph, 2, 1, 3, start)


def test_partition_of_listed_ties_sums_a_pair_named_twice() -> None:
    # a–b listed as +2 and −5: one tie of −3, so a and b part; a self-tie changes nothing.
    nodes = [f"x{i}" for i in range(20)]
    ties = [("x0", "x1", 2.0), ("x1", "x0", -5.0), ("x3", "x3", -4.0)]
    ties += [(nodes[i], nodes[i + 1], 1.0) for i in range(2, 19)]
    found = partition_ties(nodes, ties)
    assert found.method == "local search"
    assert found.camp_of["x0"] != found.camp_of["x1"]
    assert len({found.camp_of[n] for n in nodes[2:]}) == 1
