"""Fronts: coalitions read from the signed actor network by structural balance.

Each connected part of the network (over the window asked for) is split into camps with the
least frustration (`balance.best_partition`). Every camp becomes a `Front` with the events behind
each of its ties. How far to trust it:

- `frustration`: frustrated weight / total |weight| (0: perfectly balanced, the camps explain
  every tie; 0.5: no better than chance) and `consistent_fraction`, the share of ties the
  camps explain.
- `stability`: a bootstrap over events. The events are resampled with replacement
  `n_bootstrap` times and the partition recomputed; for each pair of actors of one part we
  check whether "same camp" / "opposite camps" still holds: 1 when it does, 0 when it flips,
  0.5 when the resample cannot say (an actor's events all left out, or the two now
  unconnected). An actor's stability is the mean over its partners and resamples: 1 is
  certain, 0.5 is a coin toss.
- A front's `confidence` = mean stability of its members × (1 − its part's frustration).

Camps on evidence: a member is placed *directly* when it has a positive tie (asserted
cooperation) with another member of its camp, or when it is its camp's only member (the side
everyone else is tied to). Members with no positive tie inside their camp sit there only as "the
enemy of my enemy": they are listed in `Front.indirect`, apart from `Front.direct`, each with
the chain of ties that placed it (`Front.chains`: "ISKP fights the Taliban, who fight
Pakistan") so a reader does not take them for allies. Every member has at least one asserted
tie (the network only holds events that happened), and `Front.documents` counts the documents
behind each member's ties.

`level="country"` rolls state persons and agencies up to their country (see
`signals.node_of`): "Pakistan", "ISI" and "Malik" become one node.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field

import networkx as nx
import numpy as np

from realpolitik.analysis.balance import best_partition
from realpolitik.analysis.network import build_network
from realpolitik.analysis.signals import Level, counts_for_fronts, event_pairs, in_window
from realpolitik.model import Event

DEFAULT_BOOTSTRAP = 100
# Fewer restarts inside the bootstrap (it partitions n_bootstrap times); for large graphs the
# first starts from the full data's camps, so a resample only has to be repaired. Small graphs
# (the usual case) are re-solved exactly and owe nothing to that start.
BOOTSTRAP_RESTARTS = 3


@dataclass
class Link:
    """A tie of the network with its evidence."""

    a: str
    b: str
    weight: float
    n_pos: int
    n_neg: int
    event_ids: list[str]


@dataclass
class Front:
    component: int  # which connected part of the network
    camp: int
    members: list[str]
    names: dict[str, str]
    period: tuple[str | None, str | None]  # first and last date of its events
    allies: list[Link]  # positive ties inside the camp
    opposed: list[Link]  # negative ties to other camps of the same part
    frustrated: list[Link]  # ties the camps do not explain (touching this camp)
    indirect: list[str]  # members with no positive tie inside the camp (balance inference)
    member_stability: dict[str, float]
    confidence: float
    direct: list[str] = field(default_factory=list)  # members placed by their own ties
    # inferred member -> the ties that placed it: (a, b, weight) from it to a direct member
    chains: dict[str, list[tuple[str, str, float]]] = field(default_factory=dict)
    documents: dict[str, int] = field(default_factory=dict)  # member -> documents behind its ties


@dataclass
class FrontsResult:
    camps: list[Front]
    frustration: float  # Σ|w| frustrated / Σ|w|
    consistent_fraction: float
    stability: float  # mean actor stability (bootstrap)
    evidence: dict[tuple[str, str], list[str]]  # tie -> event ids
    n_actors: int = 0
    n_ties: int = 0
    method: str = "exact"
    level: str = "actor"
    window: tuple[str | None, str | None] = (None, None)
    n_bootstrap: int = 0
    graph: nx.Graph = field(default_factory=nx.Graph, repr=False)


def find_fronts(
    events: list[Event],
    start: str | None = None,
    end: str | None = None,
    level: Level = "actor",
    k: int = 2,
    n_bootstrap: int = DEFAULT_BOOTSTRAP,
    seed: int = 0,
) -> FrontsResult:
    graph = build_network(events, start, end, level)
    parts = [sorted(c) for c in nx.connected_components(graph) if len(c) > 1]
    parts.sort(key=lambda c: (-len(c), c))
    camp_of: dict[str, tuple[int, int]] = {}  # node -> (part, camp)
    methods = set()
    for index, nodes in enumerate(parts):
        partition = best_partition(graph.subgraph(nodes), k, seed)
        methods.add(partition.method)
        camp_of.update({n: (index, c) for n, c in partition.camp_of.items()})

    used = [
        e
        for e in events
        if counts_for_fronts(e) and in_window(e, start, end) and event_pairs(e, level)
    ]
    stability = _bootstrap_stability(used, parts, camp_of, level, k, n_bootstrap, seed)
    links = [_link(graph, a, b) for a, b in graph.edges]
    dates = {e.event_id: e.date.start for e in used}
    docs = {e.event_id: {m.doc_id for m in e.mentions} for e in used}
    frustrated_weight = sum(abs(lk.weight) for lk in links if _frustrated(lk, camp_of))
    total_weight = sum(abs(lk.weight) for lk in links) or 1.0
    part_frustration = _part_frustration(links, camp_of, len(parts))

    fronts = []
    for index, nodes in enumerate(parts):
        for camp in sorted({camp_of[n][1] for n in nodes}):
            members = [n for n in nodes if camp_of[n] == (index, camp)]
            fronts.append(_front(graph, links, camp_of, (index, camp), members, stability,
                                 part_frustration[index], dates, docs))  # fmt: skip
    stable_values = [stability[n] for nodes in parts for n in nodes]
    return FrontsResult(
        camps=fronts,
        frustration=round(frustrated_weight / total_weight, 4),
        consistent_fraction=round(
            1 - sum(1 for lk in links if _frustrated(lk, camp_of)) / max(1, len(links)), 4
        ),
        stability=round(sum(stable_values) / len(stable_values), 4) if stable_values else 1.0,
        evidence={(lk.a, lk.b): lk.event_ids for lk in links},
        n_actors=graph.number_of_nodes(),
        n_ties=graph.number_of_edges(),
        method=" + ".join(sorted(methods)) or "exact",
        level=level,
        window=(start, end),
        n_bootstrap=n_bootstrap,
        graph=graph,
    )


def _link(graph: nx.Graph, a: str, b: str) -> Link:
    a, b = sorted((a, b))
    d = graph.edges[a, b]
    return Link(a, b, d["weight"], d["n_pos"], d["n_neg"], list(d["event_ids"]))


def _frustrated(link: Link, camp_of: dict[str, tuple[int, int]]) -> bool:
    return bool(link.weight) and (link.weight > 0) != (camp_of[link.a] == camp_of[link.b])


def _part_frustration(
    links: list[Link], camp_of: dict[str, tuple[int, int]], n_parts: int
) -> list[float]:
    bad, total = [0.0] * n_parts, [0.0] * n_parts
    for lk in links:
        part = camp_of[lk.a][0]
        total[part] += abs(lk.weight)
        if _frustrated(lk, camp_of):
            bad[part] += abs(lk.weight)
    return [b / t if t else 0.0 for b, t in zip(bad, total, strict=True)]


def _front(
    graph: nx.Graph,
    links: list[Link],
    camp_of: dict[str, tuple[int, int]],
    key: tuple[int, int],
    members: list[str],
    stability: dict[str, float],
    frustration: float,
    dates: dict[str, str | None],
    docs: dict[str, set[str]],
) -> Front:
    touching = [lk for lk in links if key in (camp_of[lk.a], camp_of[lk.b])]
    allies = [lk for lk in touching if lk.weight > 0 and camp_of[lk.a] == camp_of[lk.b]]
    opposed = [lk for lk in touching if lk.weight < 0 and camp_of[lk.a] != camp_of[lk.b]]
    frustrated = [lk for lk in touching if _frustrated(lk, camp_of)]
    with_ally = {n for lk in allies for n in (lk.a, lk.b)}
    days = sorted(d for lk in touching for e in lk.event_ids if (d := dates.get(e)))
    member_stability = {n: round(stability[n], 3) for n in members}
    mean_stability = sum(member_stability.values()) / len(members)
    indirect = [n for n in members if n not in with_ally and len(members) > 1]
    direct = [n for n in members if n not in indirect]
    documents = {
        n: len({d for lk in links if n in (lk.a, lk.b) for e in lk.event_ids
                for d in docs.get(e, ())})
        for n in members
    }  # fmt: skip
    return Front(
        component=key[0],
        camp=key[1],
        members=members,
        names={n: graph.nodes[n].get("name", n) for n in members},
        period=(days[0], days[-1]) if days else (None, None),
        allies=allies,
        opposed=opposed,
        frustrated=frustrated,
        indirect=indirect,
        member_stability=member_stability,
        confidence=round(mean_stability * (1 - frustration), 3),
        direct=direct,
        chains={n: _chain(graph, camp_of, n, set(direct)) for n in indirect},
        documents=documents,
    )


def _chain(
    graph: nx.Graph, camp_of: dict[str, tuple[int, int]], node: str, direct: set[str]
) -> list[tuple[str, str, float]]:
    """The strongest balance chain that put `node` in its camp: a negative tie to an enemy in
    another camp, and that enemy's negative tie to a directly placed member of `node`'s camp
    ("enemy of my enemy"). Only the first step when no such member exists."""

    def weight(a: str, b: str) -> float:
        return float(graph.edges[a, b]["weight"])

    enemies = [
        e for e in graph.neighbors(node) if weight(node, e) < 0 and camp_of[e] != camp_of[node]
    ]
    best: list[tuple[str, str, float]] = []
    best_strength = 0.0
    for enemy in enemies:
        for friend in graph.neighbors(enemy):
            if friend in direct and weight(enemy, friend) < 0:
                strength = min(-weight(node, enemy), -weight(enemy, friend))
                if strength > best_strength:
                    best_strength = strength
                    best = [
                        (node, enemy, weight(node, enemy)),
                        (enemy, friend, weight(enemy, friend)),
                    ]
    if not best and enemies:
        enemy = min(enemies, key=lambda e: (weight(node, e), e))
        best = [(node, enemy, weight(node, enemy))]
    return best


def _bootstrap_stability(
    events: list[Event],
    parts: list[list[str]],
    camp_of: dict[str, tuple[int, int]],
    level: Level,
    k: int,
    n_bootstrap: int,
    seed: int,
) -> dict[str, float]:
    nodes = [n for part in parts for n in part]
    if n_bootstrap <= 0 or not events:
        return dict.fromkeys(nodes, 1.0)
    # Each event's ties, computed once with the network's own rules; a resample sums them.
    ties = [
        [(a, b, float(d["weight"])) for a, b, d in build_network([e], level=level).edges(data=True)]
        for e in events
    ]
    guess = {n: camp for n, (_, camp) in camp_of.items()}
    rng = random.Random(seed)
    agreement = dict.fromkeys(nodes, 0.0)
    for _ in range(n_bootstrap):
        weights: dict[tuple[str, str], float] = defaultdict(float)
        for i in (rng.randrange(len(events)) for _ in events):
            for a, b, w in ties[i]:
                weights[(a, b) if a < b else (b, a)] += w
        resampled = nx.Graph()
        resampled.add_weighted_edges_from((a, b, w) for (a, b), w in weights.items())
        component = {
            n: index for index, c in enumerate(nx.connected_components(resampled)) for n in c
        }
        camps = best_partition(resampled, k, seed, BOOTSTRAP_RESTARTS, start=guess).camp_of
        for part in parts:
            scores = _pair_agreement(part, camp_of, component, camps)
            for node, score in zip(part, scores, strict=True):
                agreement[node] += score
    sizes = {n: len(part) - 1 for part in parts for n in part}
    return {n: agreement[n] / (n_bootstrap * sizes[n]) if sizes[n] else 1.0 for n in nodes}


def _pair_agreement(
    part: list[str],
    before: dict[str, tuple[int, int]],
    component: dict[str, int],
    after: dict[str, int],
) -> list[float]:
    """Per node: Σ over its partners of 1 (same/opposite camp still holds), 0 (it flipped) or
    0.5 (the resample cannot tell: one of them absent, or the two no longer connected)."""
    was = np.array([before[n][1] for n in part])
    comp = np.array([component.get(n, -1) for n in part])
    now = np.array([after.get(n, -1) for n in part])
    known = (comp[:, None] == comp[None, :]) & (comp[:, None] >= 0)
    holds = (was[:, None] == was[None, :]) == (now[:, None] == now[None, :])
    scores = np.where(known, holds.astype(float), 0.5)
    np.fill_diagonal(scores, 0.0)
    return [float(x) for x in scores.sum(axis=1)]
