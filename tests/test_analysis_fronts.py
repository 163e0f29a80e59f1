"""Structural balance: exact answers on hand-made signed graphs, stability, fronts from events."""

from __future__ import annotations

import networkx as nx
from seedlike import make_event, seed_like_events

from realpolitik.analysis.balance import best_partition
from realpolitik.analysis.fronts import find_fronts


def _signed(edges):
    graph = nx.Graph()
    for a, b, w in edges:
        graph.add_edge(a, b, weight=w)
    return graph


def test_analysis_balance_two_camps_with_one_frustrated_edge():
    # Camps {a, b, c} and {x, y}; the positive c–x tie crosses them and is the only frustration:
    # moving c or x would frustrate two heavier ties instead.
    graph = _signed([
        ("a", "b", 2), ("b", "c", 2), ("a", "c", 2), ("x", "y", 2),
        ("a", "x", -2), ("b", "y", -2), ("c", "y", -2), ("c", "x", 1),
    ])  # fmt: skip
    partition = best_partition(graph)
    assert partition.method == "exact"
    camps = partition.camp_of
    assert camps["a"] == camps["b"] == camps["c"] != camps["x"] == camps["y"]
    assert partition.frustrated == [("c", "x")] or partition.frustrated == [("x", "c")]
    assert partition.cost == 1


def test_analysis_balance_local_search_matches_exact_on_a_larger_graph():
    # Two cliques of 12, positive inside, negative across: 24 nodes is past exact search.
    left, right = [f"l{i}" for i in range(12)], [f"r{i}" for i in range(12)]
    edges = [(a, b, 1) for side in (left, right) for i, a in enumerate(side) for b in side[i + 1 :]]
    edges += [(a, b, -1) for a in left for b in right]
    partition = best_partition(_signed(edges))
    assert partition.method == "local search" and partition.cost == 0
    assert len({partition.camp_of[n] for n in left}) == 1
    assert partition.camp_of["l0"] != partition.camp_of["r0"]


def test_analysis_balance_three_camps():
    graph = _signed([("a", "b", 1), ("c", "d", 1), ("e", "f", 1), ("a", "c", -1),
                     ("c", "e", -1), ("a", "e", -1)])  # fmt: skip
    assert best_partition(graph, k=2).cost == 1  # three mutual enemies cannot fit two camps
    assert best_partition(graph, k=3).cost == 0


def test_analysis_fronts_seeds_front_against_the_taliban():
    result = find_fronts(seed_like_events(), level="country", n_bootstrap=30)
    camp = {n: (f.component, f.camp) for f in result.camps for n in f.members}
    assert camp["country:PAK"] == camp["country:TJK"] == camp["Q_nrf"]
    assert camp["country:AFG"] != camp["country:PAK"]
    assert result.frustration == 0 and result.consistent_fraction == 1
    assert 0.5 <= result.stability <= 1
    front = next(f for f in result.camps if "country:PAK" in f.members)
    assert 0 < front.confidence <= 1
    assert "Q_isisk" in front.indirect  # only an enemy of the Taliban, not an ally
    tie = next(lk for lk in front.allies if {lk.a, lk.b} == {"country:PAK", "country:TJK"})
    assert tie.event_ids == ["e01"]


def test_analysis_fronts_stability_drops_when_evidence_conflicts():
    solid = [make_event(f"s{i}", "ASSAULT", 4, ["PAK"], ["TALIBAN"]) for i in range(6)]
    solid += [make_event(f"c{i}", "AID", 2, ["PAK"], ["TJK"]) for i in range(6)]
    shaky = solid[:6] + [make_event("c", "AID", 2, ["PAK"], ["TJK"]),
                         make_event("x", "ACCUSE", 3, ["PAK"], ["TJK"], confidence=1.0),
                         make_event("y", "ACCUSE", 3, ["TJK"], ["PAK"], confidence=1.0)]  # fmt: skip
    sure = find_fronts(solid, n_bootstrap=40)
    unsure = find_fronts(shaky, n_bootstrap=40)
    assert sure.stability > unsure.stability
    assert sure.stability > 0.9


def test_analysis_fronts_window_and_empty():
    events = seed_like_events()
    assert find_fronts([]).camps == []
    recent = find_fronts(events, start="2024-05", level="country", n_bootstrap=5)
    members = {n for f in recent.camps for n in f.members}
    assert "country:TUR" not in members and "country:TJK" in members
