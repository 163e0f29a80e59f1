"""The DuckDB store: versioned schema, whole-batch writes, exports of every kind."""

import json

import duckdb
import pytest

from realpolitik.errors import RealpolitikError
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
