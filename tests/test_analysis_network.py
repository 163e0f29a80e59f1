"""The signed network: edges, windows, GraphML/GEXF export."""

from __future__ import annotations

import networkx as nx
import pytest
from seedlike import make_event, seed_like_events, write_seed_like_db

from realpolitik.analysis.network import build_network, export_network
from realpolitik.errors import UsageError


def test_analysis_network_signed_weighted_edges():
    graph = build_network([
        make_event("a", "ASSAULT", 4, ["TALIBAN"], ["PAK"], acled="Battles"),
        make_event("b", "CONSULT", 1, ["PAK"], ["TALIBAN"]),
        make_event("c", "CONSULT", 1, ["PAK"], ["TALIBAN"], polarity="hypothetical"),
    ])  # fmt: skip
    edge = graph.edges["Q843", "Q42418"]
    assert edge["n_neg"] == 1 and edge["n_pos"] == 1  # the symmetric clash counted once
    assert edge["weight"] < 0 and edge["event_ids"] == ["a", "b"]


def test_analysis_network_time_window():
    events = seed_like_events()
    assert build_network(events, start="2021", end="2021").number_of_edges() == 3
    assert "Q43" not in build_network(events, start="2024-01")


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_analysis_network_export_is_readable(tmp_path, suffix):
    db = tmp_path / "t.duckdb"
    write_seed_like_db(str(db))
    out = tmp_path / f"net{suffix}"
    n_nodes, n_edges = export_network(db, out)
    graph = nx.read_graphml(out) if suffix == ".graphml" else nx.read_gexf(out)
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (n_nodes, n_edges)
    assert n_edges > 0
    data = next(iter(graph.edges(data=True)))[2]
    assert {"weight", "n_pos", "n_neg", "event_ids"} <= data.keys()


def test_analysis_network_export_refuses_other_formats(tmp_path):
    db = tmp_path / "t.duckdb"
    write_seed_like_db(str(db))
    with pytest.raises(UsageError):
        export_network(db, tmp_path / "net.csv")
