"""Every export kind and profile has one explicit schema, whatever the data: DuckDB and pyarrow
read the files with the same column types, an empty export has its header, and two databases'
Parquet files concatenate."""

from __future__ import annotations

import csv
import json

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from export_fixtures import empty_db, located_db, located_events, seed_like_db

from realpolitik.export import EXPORT_KINDS, PROFILES, SCHEMAS, duckdb_columns, export
from realpolitik.export.schemas import schema_for

CASES = [(kind, None) for kind in EXPORT_KINDS] + [("events", p) for p in PROFILES]


def _write(db, kind, profile, fmt, tmp_path, tag):
    out = tmp_path / f"{tag}-{kind}-{profile or 'plain'}.{fmt}"
    export(kind, db, fmt, out, profile=profile)
    return out


@pytest.mark.parametrize(("kind", "profile"), CASES)
def test_export_parquet_types_are_the_schema_for_full_and_empty_databases(tmp_path, kind, profile):
    expected = schema_for(kind, profile)
    for tag, db in (("full", located_db(tmp_path)), ("empty", empty_db(tmp_path))):
        path = _write(db, kind, profile, "parquet", tmp_path, tag)
        table = pq.read_table(path)
        assert table.schema.equals(expected, check_metadata=False), (tag, table.schema)
        assert not any(pa.types.is_null(f.type) for f in table.schema)
        described = duckdb.sql(f"DESCRIBE SELECT * FROM read_parquet('{path}')").fetchall()
        assert [r[0] for r in described] == expected.names
        assert "NULL" not in {r[1] for r in described}


@pytest.mark.parametrize(("kind", "profile"), CASES)
def test_export_csv_has_the_schema_columns_and_a_header_when_empty(tmp_path, kind, profile):
    for tag, db in (("full", seed_like_db(tmp_path)), ("empty", empty_db(tmp_path))):
        path = _write(db, kind, profile, "csv", tmp_path, tag)
        with open(path, newline="", encoding="utf-8") as fh:
            header = next(csv.reader(fh))
        assert header == schema_for(kind, profile).names, tag
        # The documented types load the file as written, empty or not.
        columns = duckdb_columns(kind, profile)
        rel = duckdb.sql(f"SELECT * FROM read_csv('{path}', header=true, columns={columns!r})")
        assert rel.columns == list(columns)


def test_export_flat_csv_dates_and_coordinates_are_detected_as_date_and_double(tmp_path):
    db = located_db(tmp_path)
    for profile, date_col, lat_col in (("acled", "event_date", "latitude"),
                                       ("gdelt", "event_date", "ActionGeo_Lat")):  # fmt: skip
        path = _write(db, "events", profile, "csv", tmp_path, "auto")
        types = dict(duckdb.sql(f"DESCRIBE SELECT * FROM read_csv_auto('{path}')").fetchall()[i][:2]
                     for i in range(len(schema_for("events", profile))))  # fmt: skip
        assert types[date_col] == "DATE" and types[lat_col] == "DOUBLE", profile


def test_export_parquet_dates_are_queryable_as_dates(tmp_path):
    path = _write(located_db(tmp_path), "events", None, "parquet", tmp_path, "q")
    rows = duckdb.sql(
        f"SELECT event_id FROM read_parquet('{path}') WHERE date.start >= DATE '2023-08-01'"
    ).fetchall()
    assert rows == [("g2",)]
    by_doc = duckdb.sql(
        f"SELECT fatalities_by_document['news/b.txt'] FROM read_parquet('{path}') "
        "WHERE event_id = 'g1'"
    ).fetchall()
    assert by_doc == [(3,)]


@pytest.mark.parametrize(("kind", "profile"), CASES)
def test_export_parquet_of_two_databases_concatenate(tmp_path, kind, profile):
    a = _write(seed_like_db(tmp_path), kind, profile, "parquet", tmp_path, "a")
    b = _write(located_db(tmp_path), kind, profile, "parquet", tmp_path, "b")
    c = _write(empty_db(tmp_path), kind, profile, "parquet", tmp_path, "c")
    tables = [pq.read_table(p) for p in (a, b, c)]
    both = pa.concat_tables(tables)
    assert both.num_rows == sum(t.num_rows for t in tables)
    n = duckdb.sql(f"SELECT count(*) FROM read_parquet(['{a}', '{b}', '{c}'])").fetchall()
    assert n == [(both.num_rows,)]


def test_export_events_schema_covers_every_field_of_the_event_record():
    for event in located_events():
        assert set(event.to_record()) <= set(SCHEMAS["events"].names)


def test_export_csv_without_profile_flattens_nested_fields_as_json(tmp_path):
    path = _write(located_db(tmp_path), "events", None, "csv", tmp_path, "nested")
    with open(path, newline="", encoding="utf-8") as fh:
        rows = {r["event_id"]: r for r in csv.DictReader(fh)}
    assert json.loads(rows["g1"]["location"])["name"] == "Khost"
    assert json.loads(rows["g1"]["source"])[0]["name"] == "Taliban"
    assert json.loads(rows["g1"]["date"])["start"] == "2023-07-14"


def test_export_jsonl_events_stay_the_contract_records(tmp_path):
    db = located_db(tmp_path)
    path = _write(db, "events", None, "jsonl", tmp_path, "jsonl")
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    by_id = {e.event_id: e.to_record() for e in located_events()}
    assert {r["event_id"]: r for r in lines} == by_id


def _flat_types(kind, profile):
    """The CSV's Arrow types: nested fields are JSON text."""
    return {
        f.name: f.type if not pa.types.is_nested(f.type) else pa.string()
        for f in schema_for(kind, profile)
    }


@pytest.mark.parametrize(("kind", "profile"), CASES)
def test_export_csv_loads_in_pyarrow_with_the_schema_types(tmp_path, kind, profile):
    import pyarrow.csv as pc

    for tag, db in (("full", located_db(tmp_path)), ("empty", empty_db(tmp_path))):
        path = _write(db, kind, profile, "csv", tmp_path, tag)
        types = _flat_types(kind, profile)
        table = pc.read_csv(path, convert_options=pc.ConvertOptions(column_types=types))
        assert table.column_names == list(types)
        assert [f.type for f in table.schema] == list(types.values()), tag


@pytest.mark.parametrize("kind", EXPORT_KINDS)
def test_export_jsonl_loads_in_duckdb_and_pyarrow(tmp_path, kind):
    import pyarrow.json as pj

    path = _write(located_db(tmp_path), kind, None, "jsonl", tmp_path, "j")
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines:
        pytest.skip(f"the hand-made database has no {kind}")
    assert pj.read_json(path).num_rows == len(lines)
    rows = duckdb.sql(f"SELECT count(*) FROM read_json_auto('{path}')").fetchall()
    assert rows == [(len(lines),)]
    if kind == "events":
        described = dict(
            (r[0], r[1]) for r in duckdb.sql(
                f"DESCRIBE SELECT date.start AS day FROM read_json_auto('{path}')").fetchall()
        )  # fmt: skip
        assert described["day"] == "DATE"
