"""The DuckDB store: versioned schema, whole-batch writes, exports of every kind."""

import json
import warnings

import duckdb
import pytest

from realpolitik.errors import RealpolitikError, RealpolitikWarning
from realpolitik.export import write_records
from realpolitik.model import Document, DocumentAnalysis
from realpolitik.store import SCHEMA_VERSION, Store


def _doc(doc_id: str, text: str = "Some text.") -> Document:
    return Document(doc_id=doc_id, source=doc_id, raw=text, text=text, content_hash=doc_id)


def test_store_records_schema_version(tmp_path):
    with Store(tmp_path / "a.duckdb") as store:
        assert store.schema_version() == SCHEMA_VERSION


def test_store_refuses_a_newer_schema(tmp_path):
    path = tmp_path / "a.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(RealpolitikError, match="newer"):
        Store(path)


def test_store_write_batch_replaces_a_documents_earlier_version(tmp_path):
    with Store(tmp_path / "a.duckdb") as store:
        store.write_batch([_doc("d1", "first")], [DocumentAnalysis(doc=_doc("d1"))])
        store.write_batch([_doc("d1", "second")], [DocumentAnalysis(doc=_doc("d1"))])
        texts = [d.text for d in store.documents()]
    assert texts == ["second"]


def test_store_replaces_a_stored_rejection(tmp_path):
    with Store(tmp_path / "a.duckdb") as store:
        store.write_batch([_doc("d1").reject("cannot read file: permission denied")], [])
        store.write_batch([_doc("d1", "readable now")], [])
        [doc] = store.documents()
    assert (doc.status, doc.text) == ("ok", "readable now")


def test_store_keeps_versions_of_an_id(tmp_path):
    with Store(tmp_path / "a.duckdb") as store:
        store.write_batch([_doc("d1", "first")], [])
        store.write_batch([_doc("d1#v2", "second")], [], versions={"d1#v2": ("d1", 2)})
        versions = store.stored_versions()
    assert [(v.doc_id, v.version) for v in versions["d1"]] == [("d1", 1), ("d1#v2", 2)]


def test_store_migrates_a_version_1_file(tmp_path):
    path = tmp_path / "old.duckdb"
    with Store(path) as store:
        store.write_batch([_doc("d1")], [])
        store.replace_corpus_results([], [], [], [])
    con = duckdb.connect(str(path))
    con.execute("ALTER TABLE documents DROP COLUMN base_id")
    con.execute("ALTER TABLE documents DROP COLUMN version")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.close()
    with Store(path, read_only=True) as store:  # a reader reads it as it is
        [record] = store.records("documents")
        assert (record["base_id"], record["version"]) == ("d1", 1)
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert [(v.doc_id, v.version) for v in store.stored_versions()["d1"]] == [("d1", 1)]


def test_store_reader_is_told_when_fusion_is_pending(tmp_path):
    path = tmp_path / "a.duckdb"
    with Store(path) as store:
        store.write_batch([_doc("d1")], [])  # written, not fused: a run killed before fusion
    with pytest.warns(RealpolitikWarning, match="interrupted before fusing"):
        Store(path, read_only=True).close()
    with Store(path) as store:
        store.replace_corpus_results([], [], [], [])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Store(path, read_only=True).close()


def test_store_reader_waits_for_a_writer_then_gets_in(tmp_path):
    import subprocess
    import sys
    import time

    path = tmp_path / "a.duckdb"
    Store(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('held', flush=True);"
         " time.sleep(1.5); c.close()", str(path)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    t0 = time.monotonic()
    with pytest.warns(RealpolitikWarning, match="in use by another process; waiting"):
        Store(path, read_only=True, wait=30).close()
    assert time.monotonic() - t0 > 0.5
    holder.wait()


def test_store_reader_gives_up_after_its_wait(tmp_path):
    from realpolitik.errors import StoreBusyError

    path = tmp_path / "a.duckdb"
    with Store(path):  # this process writes; another connection is refused by the lock
        pass
    import subprocess
    import sys

    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('held', flush=True);"
         " time.sleep(5)", str(path)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.warns(RealpolitikWarning), pytest.raises(StoreBusyError, match="still locked"):
            Store(path, read_only=True, wait=0.5)
    finally:
        holder.kill()
        holder.wait()


def test_run_lock_refuses_a_second_run(tmp_path):
    from realpolitik.store import RunLock

    db = tmp_path / "a.duckdb"
    with RunLock(db):
        assert RunLock.held(db)
        with pytest.raises(RealpolitikError, match="another realpolitik run is writing"):
            RunLock(db).__enter__()
    assert not RunLock.held(db)


def test_store_failed_batch_leaves_nothing_half_written(tmp_path):
    with Store(tmp_path / "a.duckdb") as store:
        store.write_batch([_doc("d1")], [])
        bad = _doc("d2")
        bad.published = "not a date"  # type: ignore[assignment]  # fails inside the transaction
        bad.status = object()  # type: ignore[assignment]
        with pytest.raises(Exception):  # noqa: B017 - any failure must roll back
            store.write_batch([bad, _doc("d3")], [])
        assert [d.doc_id for d in store.documents()] == ["d1"]


def test_store_read_only_on_missing_file_names_it(tmp_path):
    with pytest.raises(RealpolitikError, match="no such database"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_export_csv_flattens_nested_fields_as_json(tmp_path):
    out = tmp_path / "x.csv"
    write_records([{"a": 1, "b": [1, 2], "c": {"k": "v"}}], "csv", out)
    import csv

    with open(out, newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert json.loads(rows[0]["b"]) == [1, 2]
    assert json.loads(rows[0]["c"]) == {"k": "v"}


def test_export_parquet_keeps_nesting(tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "x.parquet"
    write_records([{"a": 1, "b": [1, 2]}], "parquet", out)
    assert pq.read_table(out).to_pylist() == [{"a": 1, "b": [1, 2]}]


def test_cli_reader_of_an_unfused_store_prints_one_warning_line(tmp_path, capsys):
    from realpolitik.cli import main

    path = tmp_path / "a.duckdb"
    with Store(path) as store:
        store.write_batch([_doc("d1")], [])  # a run killed before its fusion
    assert main(["export", "documents", "--db", str(path), "-o", str(tmp_path / "d.jsonl")]) == 0
    err = capsys.readouterr().err
    [warning] = [line for line in err.splitlines() if "warning" in line]
    assert warning.startswith(f"realpolitik: warning: {path}: its last run was interrupted")
    assert "Warning" not in err  # no Python warning machinery shown


def test_run_lock_in_a_missing_folder_is_an_error_not_a_traceback(tmp_path):
    from realpolitik.store import RunLock

    with pytest.raises(RealpolitikError, match="cannot create its lock file"):
        RunLock(tmp_path / "missing" / "a.duckdb").__enter__()


def test_store_creates_a_missing_table_at_the_current_schema_version(tmp_path):
    db = tmp_path / "db.duckdb"
    with Store(db) as store:
        store.con.execute("DROP TABLE learnt_aliases")  # as written before the table existed
    with Store(db) as store:
        assert store.learnt_aliases() == []


def _views(path) -> dict[str, tuple[str, str | None]]:
    con = duckdb.connect(str(path), read_only=True)
    rows = con.execute(
        "SELECT view_name, sql, comment FROM duckdb_views() WHERE NOT internal"
    ).fetchall()
    con.close()
    return {name: (sql, comment) for name, sql, comment in rows}


def test_store_reopening_a_current_file_leaves_its_views_as_they_are(tmp_path):
    from realpolitik.store.views import VIEWS

    path = tmp_path / "a.duckdb"
    Store(path).close()
    first = _views(path)
    assert set(first) == set(VIEWS) and all(comment for _, comment in first.values())
    Store(path).close()
    assert _views(path) == first


def test_store_replaces_a_missing_or_changed_view_when_opened(tmp_path):
    path = tmp_path / "a.duckdb"
    Store(path).close()
    made = _views(path)
    con = duckdb.connect(str(path))
    con.execute("DROP VIEW mentions")
    con.execute("CREATE OR REPLACE VIEW events_flat AS SELECT 1 AS stale")  # no tag: other SQL
    con.close()
    with Store(path) as store:
        assert store.con.execute("SELECT count(*) FROM events_flat").fetchone() == (0,)
    assert _views(path) == made
