"""Store: the DuckDB file (documents, mentions, fused events, stories, relations, actors, runs)."""

from realpolitik.store.duck import Store
from realpolitik.store.run_lock import RunLock
from realpolitik.store.schema import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "RunLock", "Store"]
