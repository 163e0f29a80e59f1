"""The signed, weighted actor network: who cooperates with whom, who fights whom, over a window.

Undirected: an edge sums the evidence of every event between the two actors in either
direction (a relation's direction matters for `relations`; for camps and pictures only the
sign of the tie does). Edge attributes: `weight` (signed sum of `signals.event_weight`),
`n_pos` / `n_neg` (cooperation / conflict events), `event_ids`. Only events reported as having
happened, with confidence at least `signals.FRONT_MIN_CONFIDENCE`, count
(`signals.counts_for_fronts`).
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from realpolitik.analysis.signals import (
    Level,
    counts_for_fronts,
    event_pairs,
    event_weight,
    in_window,
    node_of,
)
from realpolitik.errors import UsageError
from realpolitik.model import Event
from realpolitik.store import Store


def build_network(
    events: list[Event],
    start: str | None = None,
    end: str | None = None,
    level: Level = "actor",
) -> nx.Graph:
    graph = nx.Graph()
    for event in events:
        if not counts_for_fronts(event) or not in_window(event, start, end):
            continue
        weight = event_weight(event)
        seen_edges: set[frozenset[str]] = set()
        for source, target in event_pairs(event, level):
            for node in (source, target):
                if node.node_id not in graph:
                    graph.add_node(node.node_id, name=node.name, country=node.country or "",
                                   sector=node.sector or "", n_events=0, event_ids=[], includes=[])  # fmt: skip
                if event.event_id not in graph.nodes[node.node_id]["event_ids"]:
                    graph.nodes[node.node_id]["event_ids"].append(event.event_id)
                    graph.nodes[node.node_id]["n_events"] += 1
            key = frozenset((source.node_id, target.node_id))
            if key in seen_edges:  # a symmetric event gives both directions: count it once
                continue
            seen_edges.add(key)
            if not graph.has_edge(source.node_id, target.node_id):
                graph.add_edge(
                    source.node_id, target.node_id, weight=0.0, n_pos=0, n_neg=0, event_ids=[]
                )
            edge = graph.edges[source.node_id, target.node_id]
            edge["weight"] += weight
            edge["n_pos" if weight > 0 else "n_neg"] += 1
            edge["event_ids"].append(event.event_id)
        for ref in [*event.source, *event.target]:
            node_id = node_of(ref, level).node_id
            # At level "country" a node stands for several actors: keep their names.
            if node_id in graph and ref.name not in graph.nodes[node_id]["includes"]:
                graph.nodes[node_id]["includes"].append(ref.name)
    for _, _, data in graph.edges(data=True):
        data["weight"] = round(data["weight"], 4)
    return graph


def _scalar_copy(graph: nx.Graph) -> nx.Graph:
    """GraphML and GEXF take scalars only: lists become ';'-joined strings."""
    out = nx.Graph()
    for node, data in graph.nodes(data=True):
        out.add_node(node, **{k: _scalar(v) for k, v in data.items()})
    for a, b, data in graph.edges(data=True):
        out.add_edge(a, b, **{k: _scalar(v) for k, v in data.items()},
                     sign=1 if data["weight"] > 0 else -1 if data["weight"] < 0 else 0)  # fmt: skip
    return out


def _scalar(value: object) -> object:
    if isinstance(value, list | tuple | set):
        return ";".join(str(v) for v in value)
    return "" if value is None else value


def export_network(db: str | Path, output: str | Path, level: Level = "actor") -> tuple[int, int]:
    """Write the network of the whole database as GraphML (.graphml) or GEXF (.gexf)."""
    path = Path(output)
    suffix = path.suffix.lower()
    if suffix not in (".graphml", ".gexf"):
        raise UsageError(f"{output}: the network is written as .graphml or .gexf")
    with Store(db, read_only=True) as store:
        events = store.events()
    graph = _scalar_copy(build_network(events, level=level))
    if suffix == ".graphml":
        nx.write_graphml(graph, path)
    else:
        nx.write_gexf(graph, path)
    return graph.number_of_nodes(), graph.number_of_edges()
