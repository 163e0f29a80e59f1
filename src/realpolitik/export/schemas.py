"""The explicit, stable schema of every export: the same columns and types whatever the data.

Parquet files are written with these Arrow schemas (dates as DATE, numbers as DOUBLE/BIGINT,
never a `null`-typed column), so files from two databases concatenate; CSV files carry the same
columns in the same order, a header even when there are no rows. `duckdb_columns` gives the
types for DuckDB's `read_csv(..., columns=...)`.
"""

from __future__ import annotations

import calendar
import json
from collections.abc import Sequence
from datetime import date
from typing import Any

import pyarrow as pa

STR = pa.string()
INT = pa.int64()
FLOAT = pa.float64()
DATE = pa.date32()
BOOL = pa.bool_()

ACTOR_REF = pa.struct(
    [("actor_id", STR), ("name", STR), ("text", STR), ("country", STR), ("sector", STR),
     ("wikidata", STR)]
)  # fmt: skip
EVENT_DATE = pa.struct(
    [("start", DATE), ("end", DATE), ("precision", STR), ("text", STR), ("from_document", BOOL)]
)
LOCATION = pa.struct(
    [("name", STR), ("country", STR), ("admin1", STR), ("lat", FLOAT), ("lon", FLOAT),
     ("geonames_id", INT), ("precision", STR), ("basis", STR)]
)  # fmt: skip
MENTION = pa.struct(
    [("doc_id", STR), ("char_start", INT), ("char_end", INT), ("sentence", STR), ("trigger", STR),
     ("polarity", STR)]
)  # fmt: skip
ROLE = pa.struct(
    [("title", STR), ("organisation", STR), ("start", DATE), ("end", DATE), ("country", STR),
     ("sector", STR)]
)  # fmt: skip

SCHEMAS: dict[str, pa.Schema] = {
    "events": pa.schema(
        [
            ("event_id", STR), ("plover_type", STR), ("plover_mode", STR), ("cameo_root", STR),
            ("cameo_code", STR), ("quad_class", INT), ("acled_event_type", STR),
            ("acled_sub_event_type", STR), ("source", pa.list_(ACTOR_REF)),
            ("target", pa.list_(ACTOR_REF)), ("date", EVENT_DATE), ("location", LOCATION),
            ("polarity", STR), ("claimed_by", pa.list_(ACTOR_REF)), ("fatalities", INT),
            ("fatalities_range", pa.list_(INT)), ("fatalities_by_document", pa.map_(STR, INT)),
            ("confidence", FLOAT), ("mentions", pa.list_(MENTION)), ("n_documents", INT),
        ]
    ),
    "documents": pa.schema(
        [
            ("doc_id", STR), ("status", STR), ("reason", STR), ("title", STR), ("url", STR),
            ("published", DATE), ("outlet", STR), ("text", STR), ("duplicate_of", STR),
            ("language", STR), ("source", STR),
        ]
    ),
    "actors": pa.schema(
        [
            ("actor_id", STR), ("name", STR), ("kind", STR), ("country", STR), ("sector", STR),
            ("wikidata", STR), ("aliases", pa.list_(STR)), ("roles", pa.list_(ROLE)),
            ("n_events", INT), ("n_events_asserted", INT), ("n_events_network", INT),
        ]
    ),
    "places": pa.schema(
        [
            ("doc_id", STR), ("char_start", INT), ("char_end", INT), ("text", STR), ("name", STR),
            ("geonames_id", INT), ("lat", FLOAT), ("lon", FLOAT), ("country", STR),
            ("admin1", STR), ("precision", STR),
        ]
    ),
    "stories": pa.schema([("story_id", STR), ("doc_ids", pa.list_(STR)), ("title", STR)]),
    "relations": pa.schema(
        [
            ("source_id", STR), ("target_id", STR), ("period", STR), ("n_events", INT),
            ("cooperation", INT), ("conflict", INT), ("score", FLOAT), ("intended", INT),
            ("event_ids", pa.list_(STR)),
        ]
    ),
    "actor_mentions": pa.schema(
        [
            ("doc_id", STR), ("char_start", INT), ("char_end", INT), ("text", STR),
            ("actor_id", STR), ("name", STR), ("country", STR), ("sector", STR),
            ("wikidata", STR), ("how", STR),
        ]
    ),
    "fronts": pa.schema(
        [
            ("group", INT), ("camp", INT), ("member_id", STR), ("member", STR), ("country", STR),
            ("sector", STR), ("stability", FLOAT), ("indirect", BOOL), ("camp_confidence", FLOAT),
            ("first_date", DATE), ("last_date", DATE), ("event_ids", pa.list_(STR)),
            ("camp_event_ids", pa.list_(STR)),
        ]
    ),
}  # fmt: skip


def schema_for(kind: str, profile: str | None = None) -> pa.Schema:
    if profile is not None:
        from realpolitik.export.profiles import PROFILES

        return PROFILES[profile]
    return SCHEMAS[kind]


def to_date(value: Any, last: bool = False) -> date | None:
    """An ISO date (or a `YYYY` / `YYYY-MM` prefix: its first day, or its last when `last`)."""
    if value is None or isinstance(value, date):
        return value
    text = str(value)[:10]
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        if len(text) == 7:
            y, m = int(text[:4]), int(text[5:7])
            return date(y, m, calendar.monthrange(y, m)[1] if last else 1)
        if len(text) == 4:
            return date(int(text), 12, 31) if last else date(int(text), 1, 1)
    except ValueError:
        return None
    return None


def _convert(value: Any, typ: pa.DataType, name: str = "") -> Any:
    """A plain JSON value shaped for `typ` (dates from ISO strings, ints/floats coerced)."""
    if value is None:
        return None
    if pa.types.is_date(typ):
        return to_date(value, last=name == "end")
    if pa.types.is_floating(typ):
        return float(value)
    if pa.types.is_integer(typ):
        return int(value)
    if pa.types.is_boolean(typ):
        return bool(value)
    if pa.types.is_string(typ):
        return value if isinstance(value, str) else json.dumps(value, default=str)
    if pa.types.is_map(typ):
        return [(str(k), _convert(v, typ.item_type)) for k, v in dict(value).items()]
    if pa.types.is_list(typ):
        return [_convert(v, typ.value_type) for v in value]
    if pa.types.is_struct(typ):
        return {f.name: _convert(value.get(f.name), f.type, f.name) for f in typ}
    return value


def to_arrow(kind: str, records: Sequence[dict[str, Any]], profile: str | None = None) -> pa.Table:
    """Records as an Arrow table with the kind's (or profile's) schema; fields not in the
    schema are left out, missing ones are null."""
    schema = schema_for(kind, profile)
    rows = [{f.name: _convert(r.get(f.name), f.type, f.name) for f in schema} for r in records]
    return pa.Table.from_pylist(rows, schema=schema)


def _duckdb_type(typ: pa.DataType) -> str:
    if pa.types.is_date(typ):
        return "DATE"
    if pa.types.is_floating(typ):
        return "DOUBLE"
    if pa.types.is_integer(typ):
        return "BIGINT"
    if pa.types.is_boolean(typ):
        return "BOOLEAN"
    return "VARCHAR"  # strings, and nested fields (JSON text in CSV)


def duckdb_columns(kind: str, profile: str | None = None) -> dict[str, str]:
    """Column -> DuckDB type of the CSV export, for `read_csv(path, header=true, columns=...)`."""
    return {f.name: _duckdb_type(f.type) for f in schema_for(kind, profile)}
