"""Writers per format. JSONL keeps nesting; CSV flattens nested fields as JSON strings; Parquet
keeps them nested."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from realpolitik.errors import UsageError

EXPORT_KINDS = ("events", "documents", "actors", "places", "stories", "relations", "actor_mentions")
FORMATS = ("jsonl", "csv", "parquet")


def export(kind: str, db: str | Path, fmt: str = "jsonl", out: str | Path | None = None) -> int:
    """Write every record of `kind` from the database `db` to `out` (stdout when None).

    Returns the number of records written.
    """
    from realpolitik.store import Store

    if kind not in EXPORT_KINDS:
        raise UsageError(f"unknown export kind {kind!r}: choose one of {', '.join(EXPORT_KINDS)}")
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    with Store(db, read_only=True) as store:
        records = store.records(kind)
    write_records(records, fmt, out)
    return len(records)


def write_records(records: Sequence[dict[str, Any]], fmt: str, out: str | Path | None) -> None:
    if fmt == "parquet":
        if out is None:
            raise UsageError("parquet is binary: give an output file with -o")
        _write_parquet(records, Path(out))
        return
    if out is None:
        _write_text(records, fmt, sys.stdout)
        return
    with open(out, "w", encoding="utf-8", newline="") as fh:
        _write_text(records, fmt, fh)


def _write_text(records: Sequence[dict[str, Any]], fmt: str, fh: IO[str]) -> None:
    if fmt == "jsonl":
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
        return
    columns: list[str] = []
    for r in records:
        columns.extend(k for k in r if k not in columns)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns)
    writer.writeheader()
    for r in records:
        writer.writerow({k: _csv_cell(v) for k, v in r.items()})
    fh.write(buf.getvalue())


def _csv_cell(value: Any) -> Any:
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def _write_parquet(records: Sequence[dict[str, Any]], path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    # Nested fields stay nested; a field that is sometimes a string and sometimes a number
    # (no such field in the contract) would make Arrow fail loudly, which is what we want.
    table = pa.Table.from_pylist([json.loads(json.dumps(r, default=str)) for r in records])
    pq.write_table(table, path)
