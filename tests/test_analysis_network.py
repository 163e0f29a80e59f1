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


def test_analysis_network_nodes_carry_label_camp_country_and_sector(tmp_path):
    db = tmp_path / "t.duckdb"
    write_seed_like_db(str(db))
    out = tmp_path / "net.graphml"
    export_network(db, out)
    graph = nx.read_graphml(out)
    taliban, pakistan = graph.nodes["Q42418"], graph.nodes["Q843"]
    assert taliban["label"] == "Taliban" and taliban["country"] == "AFG"
    assert taliban["sector"] == "GOV"
    assert taliban["camp"] > 0 and pakistan["camp"] > 0
    assert (taliban["group"], taliban["camp"]) != (pakistan["group"], pakistan["camp"])


def test_analysis_network_filters_and_window(tmp_path):
    from realpolitik.query import Filters

    db = tmp_path / "t.duckdb"
    write_seed_like_db(str(db))
    out = tmp_path / "net.gexf"
    n_nodes, n_edges = export_network(db, out, filters=Filters(since="2021", until="2021"))
    assert (n_nodes, n_edges) == (3, 3)  # the three-state exercise alone
    export_network(db, out, filters=Filters(type="ASSAULT"))
    assert set(nx.read_gexf(out).nodes) == {"Q42418", "Q843", "Q_isisk"}


def test_analysis_network_monthly_gexf_has_a_slice_per_month(tmp_path):
    import xml.etree.ElementTree as ET

    db = tmp_path / "t.duckdb"
    write_seed_like_db(str(db))
    out = tmp_path / "net.gexf"
    export_network(db, out, monthly=True)
    graph = nx.read_gexf(out)
    assert graph.graph.get("mode") == "dynamic"
    edge = graph.edges["Q843", "Q42418"]  # Pakistan - Taliban: February and March 2024
    assert sorted(s[0] for s in edge["spells"]) == ["2024-02-01", "2024-03-01"]
    root = ET.parse(out).getroot()
    assert root.find(".//{*}graph").get("timeformat") == "date"
    with pytest.raises(UsageError):
        export_network(db, tmp_path / "net.graphml", monthly=True)


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_analysis_network_control_characters_in_names_stay_valid_xml(tmp_path, suffix):
    import xml.etree.ElementTree as ET

    from realpolitik.model import ActorMention
    from realpolitik.store import Store

    bad = make_event("x1", "ASSAULT", 4, ["TALIBAN"], ["PAK"])
    bad.source = [ActorMention("d1", 0, 5, "Bad\x01Name", "new:bad\x1b[31m", "Bad\x01Name\x0b",
                               "AFG", "REB")]  # fmt: skip
    db = tmp_path / "t.duckdb"
    with Store(str(db)) as store:
        store.replace_corpus_results([bad], [], [], [])
    out = tmp_path / f"net{suffix}"
    n_nodes, _ = export_network(db, out)
    ET.parse(out)  # well-formed
    graph = nx.read_graphml(out) if suffix == ".graphml" else nx.read_gexf(out)
    assert graph.number_of_nodes() == n_nodes == 2
    names = {d.get("label") for _, d in graph.nodes(data=True)}
    assert "Bad\ufffdName\ufffd" in names
