"""The signed, weighted actor network: who cooperates with whom, who fights whom, over a window.

Undirected: an edge sums the evidence of every event between the two actors in either
direction (a relation's direction matters for `relations`; for camps and pictures only the
sign of the tie does). Edge attributes: `weight` (signed sum of `signals.event_weight`),
`n_pos` / `n_neg` (cooperation / conflict events), `event_ids`. Only events reported as having
happened, with confidence at least `signals.FRONT_MIN_CONFIDENCE`, count
(`signals.counts_for_fronts`).

Node attributes of the exported file: `label` (the name), `name`, `country`, `sector`,
`n_events` (events of the network the node takes part in), `event_ids`, `includes` (at country
level: the actors counted with their country), and `group` / `camp`: its structural-balance camp
(`analysis.fronts`, on the same events and level; 0 for none). With `monthly=True` the GEXF is
dynamic: each node and tie has the months it is active as spells, and each tie its weight per
month (`monthly_weight`).
"""

from __future__ import annotations

import calendar
import re
from pathlib import Path
from typing import Any

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


# Characters XML 1.0 cannot hold (C0 controls but tab, newline and return; U+FFFE, U+FFFF): a
# name read from a text may carry them, and one of them makes the whole file unreadable.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """`text` with the characters XML cannot hold replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def _scalar_copy(graph: nx.Graph) -> nx.Graph:
    """GraphML and GEXF take scalars only: lists become ';'-joined strings; strings are made
    XML-safe (node ids too)."""
    out = nx.Graph()
    for node, data in graph.nodes(data=True):
        out.add_node(xml_safe(node), **{k: _scalar(v) for k, v in data.items()})
    for a, b, data in graph.edges(data=True):
        out.add_edge(xml_safe(a), xml_safe(b), **{k: _scalar(v) for k, v in data.items()},
                     sign=1 if data["weight"] > 0 else -1 if data["weight"] < 0 else 0)  # fmt: skip
    return out


def _scalar(value: object) -> object:
    if isinstance(value, list | tuple | set):
        return xml_safe(";".join(str(v) for v in value))
    if isinstance(value, str):
        return xml_safe(value)
    return "" if value is None else value


def _add_camps(graph: nx.Graph, events: list[Event], level: Level) -> None:
    """Label each node with its structural-balance camp (no bootstrap: the camps only)."""
    from realpolitik.analysis.fronts import find_fronts

    for node in graph.nodes:
        graph.nodes[node].update(label=graph.nodes[node].get("name") or node, group=0, camp=0)
    result = find_fronts(events, level=level, n_bootstrap=0)
    for front in result.camps:
        for member in front.members:
            if member in graph:
                graph.nodes[member].update(group=front.component + 1, camp=front.camp + 1)


def _months(events: list[Event]) -> list[str]:
    return sorted({e.date.start[:7] for e in events if e.date.start and len(e.date.start) >= 7})


def _month_span(month: str) -> tuple[str, str]:
    year, mon = int(month[:4]), int(month[5:7])
    return f"{month}-01", f"{month}-{calendar.monthrange(year, mon)[1]:02d}"


def _add_time_slices(out: nx.Graph, events: list[Event], level: Level) -> None:
    """Spells (active months) on nodes and ties, and each tie's weight per month."""
    out.graph["mode"] = "dynamic"
    node_spells: dict[str, list[tuple[str, str]]] = {}
    edge_spells: dict[tuple[str, str], list[tuple[str, str]]] = {}
    edge_weights: dict[tuple[str, str], list[tuple[float, str, str]]] = {}
    for month in _months(events):
        start, end = _month_span(month)
        sliced = build_network(events, month, month, level)
        for node in sliced.nodes:
            node_spells.setdefault(xml_safe(node), []).append((start, end))
        for a, b, data in sliced.edges(data=True):
            x, y = sorted((xml_safe(a), xml_safe(b)))  # one key per tie, whichever way round
            key = (x, y)
            if not out.has_edge(*key):
                continue
            edge_spells.setdefault(key, []).append((start, end))
            edge_weights.setdefault(key, []).append((float(data["weight"]), start, end))
    for node, spells in node_spells.items():
        if node in out:
            out.nodes[node]["spells"] = spells
    for (a, b), spells in edge_spells.items():
        out.edges[a, b]["spells"] = spells
        out.edges[a, b]["monthly_weight"] = edge_weights[(a, b)]


def export_network(
    db: str | Path,
    output: str | Path,
    level: Level = "actor",
    filters: Any = None,
    monthly: bool = False,
) -> tuple[int, int]:
    """Write the network of the database's events (those that pass `filters`, a
    `realpolitik.query.Filters`) as GraphML (.graphml) or GEXF (.gexf); `monthly`: a dynamic
    GEXF with one time slice per month."""
    from realpolitik.export.output import check_output
    from realpolitik.query import Database, check_filters

    path = Path(output)
    suffix = path.suffix.lower()
    if suffix not in (".graphml", ".gexf"):
        raise UsageError(f"{output}: the network is written as .graphml or .gexf")
    if monthly and suffix != ".gexf":
        raise UsageError(f"{output}: time slices (--monthly) need a .gexf file")
    check_output(output)
    if filters:
        check_filters("events", filters)
    events = Database(db).events(filters)
    graph = build_network(events, level=level)
    _add_camps(graph, events, level)
    out = _scalar_copy(graph)
    if monthly:
        _add_time_slices(out, events, level)
    try:
        if suffix == ".graphml":
            nx.write_graphml(out, path)
        else:
            nx.write_gexf(out, path)
    except OSError as exc:
        raise UsageError(f"{output}: cannot write ({exc.strerror or exc})") from exc
    return out.number_of_nodes(), out.number_of_edges()
