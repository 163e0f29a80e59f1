"""Filters, the read-only SQL entry point, the views and the Python API."""

from __future__ import annotations

import pytest
from export_fixtures import empty_db, located_db, seed_like_db, seed_like_events

from realpolitik.errors import UsageError
from realpolitik.query import Database, Filters, format_rows, run_documents, run_sql


def _ids(events, **kw):
    f = Filters(**kw)
    return sorted(e.event_id for e in events if f.matches(e))


def test_query_filters_each_keep_what_they_say():
    events = seed_like_events()
    assert _ids(events, since="2024-05") == ["e01", "e02", "e11", "e12"]
    assert _ids(events, until="2021") == ["e05"]
    assert _ids(events, since="2024-04-18", until="2024-04-20") == ["e03", "e04"]
    assert _ids(events, actor="Q43") == ["e05"]
    assert _ids(events, actor="national resistance front") == ["e02"]
    assert _ids(events, actor="taliban", type="reject") == ["e09"]  # claimants count as parties
    assert _ids(events, country="TUR,AZE") == ["e05"]
    assert _ids(events, type="Battles") == ["e06"]
    assert _ids(events, polarity="hypothetical,intended") == ["e11", "e12"]
    assert _ids(events, min_confidence=0.85) == ["e01"]
    assert "e04" in _ids(events, actor="Taliban")  # e04 is claimed by the Taliban


def test_query_window_leaves_out_undated_events():
    events = seed_like_events()
    assert "e10" not in _ids(events, since="2000")
    assert "e10" in _ids(events)


@pytest.mark.parametrize(
    "kw", [{"since": "May 2024"}, {"until": "2024-13"}, {"polarity": "maybe"},
           {"min_confidence": 1.5}],
)  # fmt: skip
def test_query_bad_filter_values_are_usage_errors(kw):
    with pytest.raises(UsageError):
        Filters(**kw)


def test_query_unknown_type_and_inapplicable_filter_are_usage_errors(tmp_path):
    db = Database(seed_like_db(tmp_path))
    with pytest.raises(UsageError, match="PLOVER"):
        db.records("events", Filters(type="ASSAULTS"))
    with pytest.raises(UsageError, match="does not apply to stories"):
        db.records("stories", Filters(since="2024"))


def test_query_relations_and_fronts_follow_the_filters(tmp_path):
    db = Database(seed_like_db(tmp_path))
    rows = db.records("relations", Filters(since="2021", until="2021"))
    assert rows and {r["period"] for r in rows} == {"2021-09"}
    fronts = db.records("fronts", Filters(until="2021"))
    assert {r["member"] for r in fronts} == {"Turkey", "Azerbaijan", "Pakistan"}
    assert all(r["event_ids"] == ["e05"] for r in fronts)


def test_query_fronts_rows_carry_camp_stability_and_evidence(tmp_path):
    rows = Database(seed_like_db(tmp_path)).records("fronts")
    taliban = next(r for r in rows if r["member"].startswith("Afghanistan"))
    pakistan = next(r for r in rows if r["member"] == "Pakistan")
    assert (taliban["group"], taliban["camp"]) != (pakistan["group"], pakistan["camp"])
    assert 0 <= pakistan["stability"] <= 1 and "e06" in pakistan["event_ids"]


def test_query_arrow_table_has_the_export_schema(tmp_path):
    from realpolitik.export import SCHEMAS

    table = Database(located_db(tmp_path)).table("events", Filters(country="AFG"))
    assert table.schema.equals(SCHEMAS["events"], check_metadata=False)
    assert table.column("event_id").to_pylist() == ["g1", "g3"]


def test_query_sql_is_read_only_and_sees_the_views(tmp_path):
    db = located_db(tmp_path)
    columns, rows = run_sql(db, "SELECT event_id, latitude FROM events_flat ORDER BY 1")
    assert columns == ["event_id", "latitude"] and rows[0] == ("g1", 33.3395)
    _, roles = run_sql(db, "SELECT role, count(*) FROM event_actors GROUP BY 1 ORDER BY 1")
    assert roles == [("source", 3), ("target", 3)]
    _, mentions = run_sql(db, "SELECT count(*), count(title) FROM mentions")
    assert mentions == [(4, 4)]
    with pytest.raises(UsageError, match="read-only"):
        run_sql(db, "DELETE FROM events")
    with pytest.raises(UsageError, match="query failed"):
        run_sql(db, "SELECT nonsense FROM nowhere")


def test_query_views_exist_in_an_empty_database(tmp_path):
    _, rows = run_sql(empty_db(tmp_path), "SELECT count(*) FROM events_flat")
    assert rows == [(0,)]


def test_query_format_rows_as_table_and_csv():
    table = format_rows(["a", "bb"], [(1, None), (22, "x y")])
    assert table.splitlines()[0] == "a   bb" and "NULL" in table and table.endswith("(2 rows)\n")
    assert format_rows(["a", "b"], [(1, None)], "csv") == "a,b\n1,\n"


def test_query_cli_prints_a_table_or_csv(tmp_path, capsys):
    from realpolitik.cli import main

    db = located_db(tmp_path)
    assert main(["query", "--db", db, "--csv", "SELECT event_id FROM events_flat ORDER BY 1"]) == 0
    assert capsys.readouterr().out == "event_id\ng1\ng2\ng3\n"
    assert main(["query", "--db", db, "DROP VIEW mentions"]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_query_database_missing_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="no such database"):
        Database(tmp_path / "none.duckdb")


def test_query_run_documents_needs_ids(tmp_path):
    with pytest.raises(UsageError, match="has no 'id'"):
        run_documents([{"text": "Pakistan and Tajikistan held talks."}], tmp_path / "x.duckdb")


def test_query_actor_event_counts_agree_with_report_and_network(tmp_path):
    from realpolitik.analysis.network import build_network
    from realpolitik.report.data import load_brief_data
    from realpolitik.report.sections import build_brief

    path = seed_like_db(tmp_path)
    db = Database(path)
    actors = {r["actor_id"]: r for r in db.records("actors")}
    report = {a.actor_id: a.n_events for a in build_brief(load_brief_data(path)).actors}
    graph = build_network(db.events())
    for actor_id, n in report.items():
        assert actors[actor_id]["n_events_asserted"] == n, actor_id
    for actor_id, row in actors.items():
        expected = graph.nodes[actor_id]["n_events"] if actor_id in graph else 0
        assert row["n_events_network"] == expected
        assert row["n_events_asserted"] >= row["n_events_network"]
    # Tajikistan: e02 and e13 happened; the hypothetical e11 and the intended e12 did not.
    assert actors["Q863"]["n_events_asserted"] == 2
    # The ISIS-K bombing claimed by the Taliban (e04) has no target: no tie, no network count.
    assert actors["Q_isisk"]["n_events_asserted"] == 2 and actors["Q_isisk"]["n_events_network"] == 1


@pytest.mark.parametrize(
    "kw",
    [{}, {"since": "2024-04"}, {"until": "2024-04"}, {"since": "2024-04-18", "until": "2024-04-20"},
     {"since": "2021", "until": "2021"}, {"polarity": "Asserted,intended"}, {"min_confidence": 0.8},
     {"min_confidence": 0.81}, {"type": "assault", "country": "PAK"}, {"type": "battles,AID"},
     {"actor": "taliban"}, {"actor": "Q43,q_nrf"}, {"country": "AFG"}, {"country": "tur"}],
)  # fmt: skip
def test_query_database_events_equal_the_plain_filter(tmp_path, kw):
    db = Database(seed_like_db(tmp_path))
    assert [e.event_id for e in db.events(Filters(**kw))] == sorted(
        _ids(seed_like_events(), **kw),
        key=lambda i: next((e.date.start or "~", i) for e in seed_like_events() if e.event_id == i),
    )
