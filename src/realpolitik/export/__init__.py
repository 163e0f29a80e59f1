"""Exports: the contract's kinds as JSONL, CSV or Parquet."""

from realpolitik.export.writers import EXPORT_KINDS, FORMATS, export, write_records

__all__ = ["EXPORT_KINDS", "FORMATS", "export", "write_records"]
