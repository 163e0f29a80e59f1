"""Exports: the contract's kinds as JSONL, CSV or Parquet, with explicit schemas
(`export.schemas`), flat ACLED/GDELT profiles of events (`export.profiles`) and filters
(`realpolitik.query.Filters`)."""

from realpolitik.export.profiles import PROFILES
from realpolitik.export.schemas import SCHEMAS, duckdb_columns, to_arrow
from realpolitik.export.writers import EXPORT_KINDS, FORMATS, export, write_records

__all__ = [
    "EXPORT_KINDS", "FORMATS", "PROFILES", "SCHEMAS", "duckdb_columns", "export", "to_arrow",
    "write_records",
]  # fmt: skip
