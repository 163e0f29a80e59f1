"""Writers per format, each with the explicit schema of `export.schemas`.

JSONL keeps nesting (the contract's line format); CSV has the schema's columns in order, a
header even when empty, nested fields as JSON strings; Parquet has the schema's types (DATE,
DOUBLE, BIGINT, lists, structs and maps), so files of two databases concatenate.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import IO, Any

from realpolitik.errors import UsageError
from realpolitik.export.output import check_output, is_stdout, open_text

EXPORT_KINDS = (
    "events", "documents", "actors", "places", "stories", "relations", "actor_mentions", "fronts",
)  # fmt: skip
FORMATS = ("jsonl", "csv", "parquet")


def export(
    kind: str,
    db: str | Path,
    fmt: str = "jsonl",
    out: str | Path | None = None,
    filters: Any = None,
    profile: str | None = None,
) -> int:
    """Write the records of `kind` from the database `db` that pass `filters`
    (`realpolitik.query.Filters`) to `out` (standard output when None or "-").

    `profile` ("acled" or "gdelt", events only) writes flat rows in that dataset's shape.
    Returns the number of records written.
    """
    from realpolitik.query import Database

    if kind not in EXPORT_KINDS:
        raise UsageError(f"unknown export kind {kind!r}: choose one of {', '.join(EXPORT_KINDS)}")
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    check_output(out)
    records = Database(db).records(kind, filters, profile)
    write_records(records, fmt, out, kind=kind, profile=profile)
    return len(records)


def write_records(
    records: Sequence[dict[str, Any]],
    fmt: str,
    out: str | Path | None,
    kind: str | None = None,
    profile: str | None = None,
) -> None:
    """Write records; with `kind` (or `profile`) the columns and types are that schema's,
    without it they are read from the records."""
    check_output(out)
    if fmt == "parquet":
        _write_parquet(records, out, kind, profile)
        return
    if is_stdout(out):
        _write_text(records, fmt, sys.stdout, kind, profile)
        return
    with open_text(out) as fh:
        _write_text(records, fmt, fh, kind, profile)


def _columns(records: Sequence[dict[str, Any]], kind: str | None, profile: str | None) -> list[str]:
    if kind is not None or profile is not None:
        from realpolitik.export.schemas import schema_for

        return list(schema_for(kind or "events", profile).names)
    columns: list[str] = []
    for r in records:
        columns.extend(k for k in r if k not in columns)
    return columns


def _write_text(
    records: Sequence[dict[str, Any]],
    fmt: str,
    fh: IO[str],
    kind: str | None,
    profile: str | None,
) -> None:
    if fmt == "jsonl":
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False, default=_iso) + "\n")
        return
    columns = _columns(records, kind, profile)
    writer = csv.DictWriter(fh, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for r in records:
        writer.writerow({k: _csv_cell(r.get(k)) for k in columns})


def _iso(value: Any) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)


def _csv_cell(value: Any) -> Any:
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, default=_iso)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _write_parquet(
    records: Sequence[dict[str, Any]],
    out: str | Path | None,
    kind: str | None,
    profile: str | None,
) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    if kind is not None or profile is not None:
        from realpolitik.export.schemas import to_arrow

        table = to_arrow(kind or "events", records, profile)
    else:
        table = pa.Table.from_pylist([json.loads(json.dumps(r, default=_iso)) for r in records])
    if is_stdout(out):
        if sys.stdout.isatty():
            raise UsageError("parquet is binary: give an output file with -o, or pipe -o -")
        pq.write_table(table, sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return
    assert out is not None
    try:
        pq.write_table(table, str(out))
    except OSError as exc:
        raise UsageError(f"{out}: cannot write ({exc})") from exc
