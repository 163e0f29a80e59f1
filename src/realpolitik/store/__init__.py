"""Store: the DuckDB file (documents, mentions, fused events, stories, relations, actors, runs)."""

from realpolitik.store.duck import SCHEMA_VERSION, RunLock, Store

__all__ = ["SCHEMA_VERSION", "RunLock", "Store"]
