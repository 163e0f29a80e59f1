"""The store's tables, their version, and the migration of a file written by an older realpolitik."""

from __future__ import annotations

import re

import duckdb

from realpolitik.errors import RealpolitikError

# 2: documents carry `base_id` and `version`; meta holds the fusion state; learnt_aliases.
# 3: event_members (which fused event each event mention is in), for incremental fusion.
# 4: story_edges (the graph stories are clustered on), for exact incremental stories.
# 5: story_merges (the stories' merge history), replayed by an incremental run.
SCHEMA_VERSION = 5

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS runs (
    run_id INTEGER, started TIMESTAMP, finished TIMESTAMP, inputs JSON,
    code_version VARCHAR, pipeline VARCHAR, kb_version VARCHAR, summary JSON
);
CREATE TABLE IF NOT EXISTS documents (
    doc_id VARCHAR PRIMARY KEY, source VARCHAR, raw VARCHAR, text VARCHAR, title VARCHAR,
    url VARCHAR, published DATE, outlet VARCHAR, language VARCHAR, status VARCHAR,
    reason VARCHAR, duplicate_of VARCHAR, content_hash VARCHAR, raw_hash VARCHAR,
    ingested_at TIMESTAMP, base_id VARCHAR, version INTEGER
);
CREATE TABLE IF NOT EXISTS actor_mentions (
    doc_id VARCHAR, char_start INTEGER, char_end INTEGER, text VARCHAR, actor_id VARCHAR,
    name VARCHAR, country VARCHAR, sector VARCHAR, wikidata VARCHAR, how VARCHAR
);
CREATE TABLE IF NOT EXISTS place_mentions (
    doc_id VARCHAR, char_start INTEGER, char_end INTEGER, text VARCHAR, name VARCHAR,
    geonames_id BIGINT, lat DOUBLE, lon DOUBLE, country VARCHAR, admin1 VARCHAR,
    precision VARCHAR
);
CREATE TABLE IF NOT EXISTS event_mentions (
    mention_id VARCHAR, doc_id VARCHAR, plover_type VARCHAR, record JSON
);
CREATE TABLE IF NOT EXISTS found_actors (
    actor_id VARCHAR, doc_id VARCHAR, record JSON
);
CREATE TABLE IF NOT EXISTS learnt_aliases (
    alias VARCHAR, actor_id VARCHAR, name VARCHAR, country VARCHAR, sector VARCHAR,
    doc_id VARCHAR, sentence VARCHAR
);
CREATE TABLE IF NOT EXISTS actors (
    actor_id VARCHAR PRIMARY KEY, name VARCHAR, kind VARCHAR, country VARCHAR, sector VARCHAR,
    wikidata VARCHAR, aliases JSON, roles JSON, n_events INTEGER
);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY, plover_type VARCHAR, polarity VARCHAR, date_start VARCHAR,
    n_documents INTEGER, confidence DOUBLE, record JSON
);
CREATE TABLE IF NOT EXISTS event_members (mention_id VARCHAR, event_id VARCHAR);
CREATE TABLE IF NOT EXISTS stories (story_id VARCHAR PRIMARY KEY, doc_ids JSON, title VARCHAR);
CREATE TABLE IF NOT EXISTS story_edges (doc_a VARCHAR, doc_b VARCHAR, similarity DOUBLE);
CREATE TABLE IF NOT EXISTS story_merges (
    doc_a VARCHAR, doc_b VARCHAR, similarity DOUBLE, step BIGINT
);
CREATE TABLE IF NOT EXISTS relations (
    source_id VARCHAR, target_id VARCHAR, period VARCHAR, n_events INTEGER,
    cooperation INTEGER, conflict INTEGER, score DOUBLE, intended INTEGER, event_ids JSON
);
"""

# The tables SCHEMA creates.
TABLES = frozenset(re.findall(r"CREATE TABLE IF NOT EXISTS (\w+)", SCHEMA))

PER_DOCUMENT_TABLES = (
    "actor_mentions", "place_mentions", "event_mentions", "found_actors", "learnt_aliases",
)  # fmt: skip


def migrate(con: duckdb.DuckDBPyConnection, path: str) -> None:
    """Bring the file at `path` (open on `con`, writable) to SCHEMA_VERSION, in one transaction.

    Refuses a file written by a newer realpolitik; creates the analysts' views on every open."""
    from realpolitik.store.views import create_views, views_current

    row = None
    tables = {r[0] for r in con.execute("SHOW TABLES").fetchall()}
    if "meta" in tables:
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if row is not None and int(row[0]) > SCHEMA_VERSION:
        raise RealpolitikError(
            f"{path}: written by a newer realpolitik "
            f"(schema {row[0]} > {SCHEMA_VERSION})"
        )
    if row is not None and int(row[0]) == SCHEMA_VERSION:
        # Tables are created if missing even at the current version: a table added without a
        # version bump (as learnt_aliases was, in the same version as document versions)
        # must not be missing from a file written before it. Nothing is written when every
        # table is there and every view is current (store/views.py: `views_current`).
        if not TABLES <= tables:
            con.execute(SCHEMA)
        if not views_current(con):
            create_views(con)  # analysts' views (store/views.py)
        return
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(SCHEMA)
        # 4 -> 5: story_merges is new and empty: `has_story_history` is false until the
        # next fusion clusters the stories in full.
        if row is not None and int(row[0]) < 4 and _count(con, "stories"):
            # 3 -> 4: story_edges is new and empty: the next fusion clusters the stories
            # in full (`has_story_graph` is false until then).
            _set_fusion_pending(con)
        if row is not None and int(row[0]) < 3 and _count(con, "events"):
            # 2 -> 3: event_members is new and empty: the next run re-fuses in full
            # (`pipeline.fuse` does when the stored events have no members).
            _set_fusion_pending(con)
        if row is not None and int(row[0]) < 2:
            # 1 -> 2: every stored document is the first version of its id.
            con.execute("ALTER TABLE documents ADD COLUMN IF NOT EXISTS base_id VARCHAR")
            con.execute("ALTER TABLE documents ADD COLUMN IF NOT EXISTS version INTEGER")
            con.execute("UPDATE documents SET base_id = doc_id, version = 1 WHERE base_id IS NULL")
        con.execute(
            "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
        )
        con.execute("COMMIT")
    except BaseException:
        try:
            con.execute("ROLLBACK")
        except duckdb.Error:  # no transaction left to undo: report the error that brought us here
            pass
        raise
    create_views(con)


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The schema version the open file records (0 when it records none)."""
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def _count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    row = con.execute(f"SELECT count(*) FROM {table}").fetchone()
    return int(row[0]) if row else 0


def _set_fusion_pending(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("INSERT OR REPLACE INTO meta VALUES ('fusion', 'pending')")
