"""The DuckDB store: one file holds documents, mentions, fused events, stories and relations.

Per-document results are written a batch at a time in one transaction, so a run killed half-way
leaves whole batches only and a re-run completes it. Corpus-level results (events, stories,
relations, actors) are derived from the stored mentions after every run, in one transaction
(`replace_derived`: in full, or only the rows the new documents touch, with `event_members`
saying which event holds which mention): event mentions are never lost.

DuckDB lets one process write a file, or several read it, never both at once. A run therefore
opens the file for each batch and for the fusion and closes it in between (readers get in between
batches), holds `RunLock` for its whole length (a second run on the same file is refused, not
interleaved), and a connection that meets the other side's lock waits for it, saying so once,
for a bounded time. A reader of a store whose last batches are not fused yet is told so
(`RealpolitikWarning`): its events, stories, relations and actors are those of the last
completed fusion.

Documents are never replaced: an id that comes back with other content is stored as a new
version (`base_id`, `version`; doc_id `ID#v2`, `ID#v3`...) by `run`. Only a stored rejection,
which holds no analysis, is replaced by a new reading of its input.
"""

from __future__ import annotations

import fcntl
import json
import os
import time
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

if TYPE_CHECKING:
    import pyarrow as pa
else:

    class _Pyarrow:
        """pyarrow, imported at its first use (about 0.2 s): a run opens the store before it
        loads its models, and writes the first batch with it only once the workers run."""

        def __getattr__(self, name: str) -> Any:
            import pyarrow

            return getattr(pyarrow, name)

    pa = _Pyarrow()

from realpolitik import faults
from realpolitik.actors.aliases import LearntAlias, learnt_aliases
from realpolitik.errors import (
    RealpolitikError,
    RealpolitikWarning,
    StoreBusyError,
    UsageError,
)
from realpolitik.model import (
    Actor,
    Document,
    DocumentAnalysis,
    Event,
    EventMention,
    Relation,
    Story,
    to_plain,
)
from realpolitik.store.codec import event_from_record, event_mention_from_plain, raw_hash


def mention_key(m: EventMention) -> str:
    """The id a mention is stored and fused under (as `fusion.merge.mention_key`)."""
    return m.mention_id or f"{m.doc_id}:{m.trigger_start}"


@dataclass
class DerivedDelta:
    """What a fusion changes in the derived tables (`Store.replace_derived`).

    `full`: the lists are the whole tables. Otherwise the events, stories and relation rows
    named in `removed_*` / `relation_keys` are replaced by those given (an unchanged event or
    story may be removed and given again), and `actors` is the whole actor table.
    """

    events: list[Event]
    stories: list[Story]
    relations: list[Relation]
    actors: list[tuple[Actor, int]]
    full: bool = False
    removed_events: list[str] = field(default_factory=list)
    removed_stories: list[str] = field(default_factory=list)
    relation_keys: list[tuple[str, str, str]] = field(default_factory=list)
    # The story graph (`fusion.stories.StoryEdges`): with `full` or `stories_full` it replaces
    # the stored one and the stories table; else the stored edges touching `edges_of` (doc ids)
    # are replaced by these.
    story_edges: Any = None
    edges_of: list[str] = field(default_factory=list)
    stories_full: bool = False
    # The merge history of the stories (`fusion.stories.StoryMerges`): with `full` or
    # `stories_full` it replaces the stored one; else the stored merges of `merges_of` (doc
    # ids: the documents of the stories replaced) are replaced by these.
    story_merges: Any = None
    merges_of: list[str] = field(default_factory=list)

# 2: documents carry `base_id` and `version`; meta holds the fusion state; learnt_aliases.
# 3: event_members (which fused event each event mention is in), for incremental fusion.
# 4: story_edges (the graph stories are clustered on), for exact incremental stories.
# 5: story_merges (the stories' merge history), replayed by an incremental run.
SCHEMA_VERSION = 5

# How long a connection waits for another process's lock on the file before giving up. A reader
# waits for the batch or fusion being written (seconds, rarely a minute); a run's next batch
# waits for readers, whose exports of a large store can take minutes.
READ_WAIT_S = 120.0
WRITE_WAIT_S = 600.0
LOCK_RETRY_S = 0.2
RUN_LOCK_TRIES = 5

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

PER_DOCUMENT_TABLES = (
    "actor_mentions", "place_mentions", "event_mentions", "found_actors", "learnt_aliases",
)  # fmt: skip

_LOCK_MESSAGES = ("could not set lock", "conflicting lock")


def _is_lock_conflict(exc: Exception) -> bool:
    return any(m in str(exc).lower() for m in _LOCK_MESSAGES)


@dataclass
class StoredVersion:
    """One stored version of an input id."""

    doc_id: str
    version: int
    raw_hash: str
    status: str


class Store:
    """A realpolitik database file.

    `wait`: seconds to wait for another process's lock (default `READ_WAIT_S` for readers,
    `WRITE_WAIT_S` for writers).
    """

    def __init__(self, path: str | Path, read_only: bool = False, wait: float | None = None) -> None:
        self.path = str(path)
        self.read_only = read_only
        if read_only and not Path(self.path).exists():
            raise UsageError(
                f"{self.path}: no such database (run `realpolitik run` first)"
            )
        limit = wait if wait is not None else (READ_WAIT_S if read_only else WRITE_WAIT_S)
        self.con = self._connect(limit)
        if read_only:
            self._warn_if_unfused()
        else:
            try:
                self._migrate()
            except BaseException:
                self.con.close()
                raise

    def _connect(self, limit: float) -> duckdb.DuckDBPyConnection:
        deadline = time.monotonic() + limit
        told = False
        while True:
            try:
                return duckdb.connect(self.path, read_only=self.read_only)
            except duckdb.Error as exc:
                if not _is_lock_conflict(exc):
                    raise RealpolitikError(
                        f"{self.path}: cannot open the database: {exc}"
                    ) from exc
                if time.monotonic() >= deadline:
                    raise StoreBusyError(
                        f"{self.path}: still locked by another process after "
                        f"{limit:.0f} s (a run writing to it, or a long export reading it); "
                        "try again when it has finished"
                    ) from exc
                if not told:
                    doing = "reading" if self.read_only else "writing"
                    warnings.warn(
                        f"{self.path} is in use by another process; waiting up to "
                        f"{limit:.0f} s to start {doing}",
                        RealpolitikWarning,
                        stacklevel=3,
                    )
                    told = True
                time.sleep(LOCK_RETRY_S)

    def _warn_if_unfused(self) -> None:
        """Tell a reader when the derived tables lag behind the stored documents."""
        try:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'fusion'").fetchone()
        except duckdb.Error:  # a store from before the fusion state was kept
            return
        if row is None or row[0] != "pending":
            return
        if RunLock.held(self.path):
            state = "a run is writing to it"
            hint = "they are updated when the run ends"
        else:
            state = "its last run was interrupted before fusing the documents it added"
            hint = "run `realpolitik run` again (with any input) to complete it"
        warnings.warn(
            f"{self.path}: {state}; events, stories, relations and actors are those of "
            f"the last completed fusion ({hint})",
            RealpolitikWarning,
            stacklevel=3,
        )

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema ------------------------------------------------------------------------------

    def _migrate(self) -> None:
        from realpolitik.store.views import create_views

        row = None
        tables = {r[0] for r in self.con.execute("SHOW TABLES").fetchall()}
        if "meta" in tables:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is not None and int(row[0]) > SCHEMA_VERSION:
            raise RealpolitikError(
                f"{self.path}: written by a newer realpolitik "
                f"(schema {row[0]} > {SCHEMA_VERSION})"
            )
        if row is not None and int(row[0]) == SCHEMA_VERSION:
            # Tables are created if missing even at the current version: a table added without a
            # version bump (as learnt_aliases was, in the same version as document versions)
            # must not be missing from a file written before it. A no-op otherwise.
            self.con.execute(SCHEMA)
            create_views(self.con)  # analysts' views (store/views.py), replaced on every open
            return
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute(SCHEMA)
            # 4 -> 5: story_merges is new and empty: `has_story_history` is false until the
            # next fusion clusters the stories in full.
            if row is not None and int(row[0]) < 4 and self._count("stories"):
                # 3 -> 4: story_edges is new and empty: the next fusion clusters the stories
                # in full (`has_story_graph` is false until then).
                self._set_meta("fusion", "pending")
            if row is not None and int(row[0]) < 3 and self._count("events"):
                # 2 -> 3: event_members is new and empty: the next run re-fuses in full
                # (`pipeline.fuse` does when the stored events have no members).
                self._set_meta("fusion", "pending")
            if row is not None and int(row[0]) < 2:
                # 1 -> 2: every stored document is the first version of its id.
                self.con.execute("ALTER TABLE documents ADD COLUMN IF NOT EXISTS base_id VARCHAR")
                self.con.execute("ALTER TABLE documents ADD COLUMN IF NOT EXISTS version INTEGER")
                self.con.execute(
                    "UPDATE documents SET base_id = doc_id, version = 1 WHERE base_id IS NULL"
                )
            self.con.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
            )
            self.con.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise
        create_views(self.con)

    def schema_version(self) -> int:
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0

    # -- writes ------------------------------------------------------------------------------

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        arrow = pa.Table.from_pylist(rows)
        with self._registered("_incoming", arrow):
            columns = ", ".join(f'"{c}"' for c in arrow.column_names)
            self.con.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM _incoming")

    @contextmanager
    def _registered(self, name: str, table: pa.Table) -> Iterator[None]:
        """`table` visible to SQL as `name` for the block."""
        self.con.register(name, table)
        try:
            yield
        finally:
            try:
                self.con.unregister(name)
            except duckdb.Error:  # an aborted transaction: the error that aborted it is raised
                pass

    def write_batch(
        self,
        documents: Sequence[Document],
        analyses: Sequence[DocumentAnalysis],
        versions: Mapping[str, tuple[str, int]] | None = None,
    ) -> None:
        """Write documents and their analyses in one transaction.

        `versions`: doc_id -> (the input's id, version number) for documents that are a later
        version of a stored id; any other document is version 1 of its own id. A stored document
        with the same doc_id is replaced with its analyses (`run` only ever replaces a stored
        rejection: other content under a stored id becomes a new version).
        """
        now = datetime.now(UTC).replace(tzinfo=None)
        versions = versions or {}
        self.con.execute("BEGIN TRANSACTION")
        try:
            ids = [d.doc_id for d in documents]
            if ids:
                # The pipeline never passes a stored id but a rejection's (see `run_input.IdBook`);
                # for other callers the batch's documents replace any stored under their ids.
                self.con.execute("DELETE FROM documents WHERE doc_id IN (SELECT unnest(?))", [ids])
                for table in PER_DOCUMENT_TABLES:
                    self.con.execute(
                        f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?))", [ids]
                    )
            self._insert(
                "documents",
                [_document_row(d, now, *versions.get(d.doc_id, (d.doc_id, 1))) for d in documents],
            )
            self._insert("actor_mentions", [_actor_mention_row(m) for a in analyses for m in a.actor_mentions])
            self._insert("place_mentions", [_place_mention_row(p) for a in analyses for p in a.place_mentions])
            self._insert(
                "event_mentions",
                [
                    {
                        "mention_id": m.mention_id,
                        "doc_id": m.doc_id,
                        "plover_type": m.plover_type,
                        "record": json.dumps(to_plain(m)),
                    }
                    for a in analyses
                    for m in a.event_mentions
                ],
            )
            self._insert(
                "found_actors",
                [
                    {"actor_id": actor.actor_id, "doc_id": a.doc.doc_id, "record": json.dumps(to_plain(actor))}
                    for a in analyses
                    for actor in a.new_actors
                ],
            )
            # Aliases the texts stated ("X, formerly known as Y"), with the sentence saying so.
            self._insert("learnt_aliases", [{**vars(x), "doc_id": a.doc.doc_id} for a in analyses
                                            for x in learnt_aliases(a.doc.text, a.actor_mentions)])  # fmt: skip
            if documents:
                self._set_meta("fusion", "pending")
            faults.point("write")
            self.con.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise

    def replace_corpus_results(
        self,
        events: Iterable[Event],
        stories: Iterable[Story],
        relations: Iterable[Relation],
        actors: Iterable[tuple[Actor, int]],
    ) -> None:
        """Replace the fused events, stories, relations and actor table in one transaction."""
        self.replace_derived(DerivedDelta(
            events=list(events), stories=list(stories), relations=list(relations),
            actors=list(actors), full=True,
        ))  # fmt: skip

    def replace_derived(self, delta: DerivedDelta) -> None:
        """Apply a fusion's result in one transaction and mark the fusion done.

        A full delta replaces the four derived tables; an incremental one deletes the events,
        stories and relation rows it names and inserts its own (the actor table, small, is
        always replaced whole).
        """
        self.con.execute("BEGIN TRANSACTION")
        try:
            if delta.full:
                for table in ("events", "event_members", "stories", "relations", "actors"):
                    self.con.execute(f"DELETE FROM {table}")
                self.con.execute("DELETE FROM story_edges")
                self.con.execute("DELETE FROM story_merges")
            else:
                gone = delta.removed_events
                self.con.execute("DELETE FROM events WHERE event_id IN (SELECT unnest(?))", [gone])
                self.con.execute(
                    "DELETE FROM event_members WHERE event_id IN (SELECT unnest(?))", [gone]
                )
                if delta.stories_full:
                    self.con.execute("DELETE FROM stories")
                    self.con.execute("DELETE FROM story_edges")
                    self.con.execute("DELETE FROM story_merges")
                else:
                    self.con.execute(
                        "DELETE FROM stories WHERE story_id IN (SELECT unnest(?))",
                        [delta.removed_stories],
                    )
                    self._delete_edges_of(delta.edges_of)
                    self._delete_merges_of(delta.merges_of)
                if delta.relation_keys:
                    keys = pa.table(
                        {
                            "s": [k[0] for k in delta.relation_keys],
                            "t": [k[1] for k in delta.relation_keys],
                            "p": [k[2] for k in delta.relation_keys],
                        }
                    )
                    with self._registered("_keys", keys):
                        self.con.execute(
                            "DELETE FROM relations WHERE (source_id, target_id, period) IN "
                            "(SELECT (s, t, p) FROM _keys)"
                        )
                self.con.execute("DELETE FROM actors")
            events = delta.events
            self._insert(
                "event_members",
                [
                    {"mention_id": mention_key(m), "event_id": e.event_id}
                    for e in events
                    for m in e.mentions
                ],
            )
            stories, relations, actors = delta.stories, delta.relations, delta.actors
            self._insert(
                "events",
                [
                    {
                        "event_id": e.event_id,
                        "plover_type": e.plover_type,
                        "polarity": e.polarity,
                        "date_start": e.date.start,
                        "n_documents": e.n_documents,
                        "confidence": float(e.confidence),
                        "record": json.dumps(e.to_record()),
                    }
                    for e in events
                ],
            )
            self._insert(
                "stories",
                [{"story_id": s.story_id, "doc_ids": json.dumps(s.doc_ids), "title": s.title} for s in stories],
            )
            self._insert(
                "relations",
                [
                    {**to_plain(r), "score": float(r.score), "event_ids": json.dumps(r.event_ids)}
                    for r in relations
                ],
            )
            self._insert(
                "actors",
                [
                    {
                        "actor_id": a.actor_id,
                        "name": a.name,
                        "kind": a.kind,
                        "country": a.country,
                        "sector": a.sector,
                        "wikidata": a.wikidata,
                        "aliases": json.dumps(a.aliases),
                        "roles": json.dumps(to_plain(a.roles)),
                        "n_events": n,
                    }
                    for a, n in actors
                ],
            )
            if delta.story_edges is not None:
                self._insert_edges(delta.story_edges)
                if delta.full or delta.stories_full:
                    self._set_meta("story_graph", "done")
            elif delta.full:  # stories given without their graph: the next fusion rebuilds it
                self.con.execute("DELETE FROM meta WHERE key = 'story_graph'")
            if delta.story_merges is not None:
                self._insert_merges(delta.story_merges)
                if delta.full or delta.stories_full:
                    self._set_meta("story_history", "done")
            elif delta.full or delta.stories_full:  # no history: the next fusion rebuilds it
                self.con.execute("DELETE FROM meta WHERE key = 'story_history'")
            self._set_meta("fusion", "done")
            faults.point("fuse")
            self.con.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise

    def _delete_edges_of(self, doc_ids: Sequence[str]) -> None:
        if not doc_ids:
            return
        with self._registered("_gone", _id_table(doc_ids)):
            self.con.execute(
                "DELETE FROM story_edges WHERE doc_a IN (SELECT d FROM _gone) "
                "OR doc_b IN (SELECT d FROM _gone)"
            )

    def _delete_merges_of(self, doc_ids: Sequence[str]) -> None:
        if not doc_ids:
            return
        with self._registered("_gone", _id_table(doc_ids)):
            # a merge's two documents are in one story: its first one names it
            self.con.execute("DELETE FROM story_merges WHERE doc_a IN (SELECT d FROM _gone)")

    def _insert_merges(self, merges: Any) -> None:
        if not len(merges):
            return
        table = pa.table(
            {
                "doc_a": pa.array(merges.a, pa.string()),
                "doc_b": pa.array(merges.b, pa.string()),
                "similarity": pa.array(merges.similarity, pa.float64()),
                "step": pa.array(merges.step, pa.int64()),
            }
        )
        with self._registered("_merges", table):
            self.con.execute(
                "INSERT INTO story_merges SELECT doc_a, doc_b, similarity, step FROM _merges"
            )

    def _insert_edges(self, edges: Any) -> None:
        if not len(edges):
            return
        table = pa.table(
            {
                "doc_a": pa.array(edges.a, pa.string()),
                "doc_b": pa.array(edges.b, pa.string()),
                "similarity": pa.array(edges.similarity, pa.float64()),
            }
        )
        with self._registered("_edges", table):
            self.con.execute("INSERT INTO story_edges SELECT doc_a, doc_b, similarity FROM _edges")

    def _rollback(self) -> None:
        """Undo the open transaction, if any: a signal can land just after its COMMIT, and the
        error to report is the one that brought us here, not "no transaction is active"."""
        try:
            self.con.execute("ROLLBACK")
        except duckdb.Error:
            pass

    def _set_meta(self, key: str, value: str) -> None:
        self.con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])

    def fusion_pending(self) -> bool:
        """True when documents were written after the last completed fusion."""
        row = self.con.execute("SELECT value FROM meta WHERE key = 'fusion'").fetchone()
        return row is not None and row[0] == "pending"

    def record_run(self, started: datetime, inputs: Sequence[str], versions: dict[str, str], summary: dict[str, Any]) -> None:
        row = self.con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM runs").fetchone()
        run_id = row[0] if row else 1
        self.con.execute(
            "INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                run_id,
                started,
                datetime.now(UTC).replace(tzinfo=None),
                json.dumps(list(inputs)),
                versions.get("code"),
                versions.get("pipeline"),
                versions.get("kb"),
                json.dumps(summary),
            ],
        )

    # -- reads -------------------------------------------------------------------------------

    def _has_column(self, table: str, column: str) -> bool:
        rows = self.con.execute(f"DESCRIBE {table}").fetchall()
        return any(r[0] == column for r in rows)

    def known_raw_hashes(self) -> dict[str, str]:
        """doc_id -> hash of the raw input, for skipping what is already stored."""
        return dict(self.con.execute("SELECT doc_id, raw_hash FROM documents").fetchall())

    def stored_versions(self) -> dict[str, list[StoredVersion]]:
        """Input id -> its stored versions, oldest first."""
        out: dict[str, list[StoredVersion]] = {}
        rows = self.con.execute(
            "SELECT coalesce(base_id, doc_id), doc_id, coalesce(version, 1), raw_hash, status "
            "FROM documents ORDER BY 1, 3"
        ).fetchall()
        for base, doc_id, version, raw, status in rows:
            out.setdefault(base, []).append(StoredVersion(doc_id, int(version), raw, status))
        return out

    def documents(
        self, status: str | None = None, where: str | None = None, params: Sequence[Any] = ()
    ) -> list[Document]:
        """Stored documents in id order; `where`: an extra SQL condition with its `params`."""
        sql = (
            "SELECT doc_id, source, raw, text, title, url, published, outlet, language, status, "
            "reason, duplicate_of, content_hash FROM documents"
        )
        conditions: list[str] = []
        args: list[Any] = []
        if status:
            conditions.append("status = ?")
            args.append(status)
        if where:
            conditions.append(where)
            args.extend(params)
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        params = args
        sql += " ORDER BY doc_id"
        return [
            Document(
                doc_id=r[0], source=r[1], raw=r[2] or "", text=r[3] or "", title=r[4], url=r[5],
                published=r[6], outlet=r[7], language=r[8], status=r[9], reason=r[10],
                duplicate_of=r[11], content_hash=r[12],
            )
            for r in self.con.execute(sql, params).fetchall()
        ]  # fmt: skip

    def event_mentions(self) -> list[EventMention]:
        rows = self.con.execute(
            "SELECT record FROM event_mentions ORDER BY doc_id, mention_id"
        ).fetchall()
        return [event_mention_from_plain(json.loads(r[0])) for r in rows]

    # -- reads for incremental fusion (`fusion.incremental`) ----------------------------------

    def _count(self, table: str) -> int:
        row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def has_event_members(self) -> bool:
        """True when every fused event lists its mentions (fused since schema 3)."""
        row = self.con.execute(
            "SELECT count(*) FROM events WHERE event_id NOT IN (SELECT event_id FROM event_members)"
        ).fetchone()
        return not (row and row[0])

    def unfused_mentions(self) -> list[EventMention]:
        """Event mentions in no fused event: those written since the last fusion."""
        rows = self.con.execute(
            "SELECT record FROM event_mentions WHERE mention_id NOT IN "
            "(SELECT mention_id FROM event_members) ORDER BY doc_id, mention_id"
        ).fetchall()
        return [event_mention_from_plain(json.loads(r[0])) for r in rows]

    def fused_mentions_near(
        self, plover_types: Sequence[str], start: date, end: date
    ) -> list[tuple[str, EventMention]]:
        """(event id, mention) of fused mentions of these types whose date overlaps
        [start, end] or is unknown."""
        rows = self.con.execute(
            "SELECT m.event_id, e.record FROM event_mentions e "
            "JOIN event_members m ON m.mention_id = e.mention_id "
            "WHERE e.plover_type IN (SELECT unnest(?)) AND ("
            "  e.record->>'$.date.start' IS NULL OR ("
            "  TRY_CAST(e.record->>'$.date.start' AS DATE) <= ? AND "
            "  TRY_CAST(coalesce(e.record->>'$.date.end', e.record->>'$.date.start') AS DATE) >= ?"
            ")) ORDER BY e.doc_id, e.mention_id",
            [list(plover_types), end, start],
        ).fetchall()
        return [(r[0], event_mention_from_plain(json.loads(r[1]))) for r in rows]

    def fused_mentions_of(
        self, event_ids: Sequence[str] = (), doc_ids: Sequence[str] = ()
    ) -> list[tuple[str, EventMention]]:
        """(event id, mention) of the fused mentions of these events and of these documents."""
        rows = self.con.execute(
            "SELECT m.event_id, e.record FROM event_mentions e "
            "JOIN event_members m ON m.mention_id = e.mention_id "
            "WHERE m.event_id IN (SELECT unnest(?)) OR e.doc_id IN (SELECT unnest(?)) "
            "ORDER BY e.doc_id, e.mention_id",
            [list(event_ids), list(doc_ids)],
        ).fetchall()
        return [(r[0], event_mention_from_plain(json.loads(r[1]))) for r in rows]

    def events_by_id(self, event_ids: Sequence[str]) -> list[Event]:
        rows = self.con.execute(
            "SELECT record FROM events WHERE event_id IN (SELECT unnest(?)) ORDER BY event_id",
            [list(event_ids)],
        ).fetchall()
        return [event_from_record(json.loads(r[0])) for r in rows]

    def relation_event_ids(self, keys: Sequence[tuple[str, str, str]]) -> set[str]:
        """The events the stored relation rows of these (source, target, period) rest on."""
        if not keys:
            return set()
        table = pa.table(
            {"s": [k[0] for k in keys], "t": [k[1] for k in keys], "p": [k[2] for k in keys]}
        )
        with self._registered("_keys", table):
            rows = self.con.execute(
                "SELECT event_ids FROM relations r JOIN _keys k "
                "ON r.source_id = k.s AND r.target_id = k.t AND r.period = k.p"
            ).fetchall()
        return {e for (ids,) in rows for e in json.loads(ids)}

    def actor_event_counts(self) -> dict[str, int]:
        """actor_id -> n_events, as the last fusion counted them."""
        return dict(self.con.execute("SELECT actor_id, n_events FROM actors").fetchall())

    def unstoried_documents(self) -> list[Document]:
        """Ok documents in no story: those written since the last fusion."""
        return self.documents(
            status="ok",
            where="doc_id NOT IN (SELECT unnest(CAST(doc_ids AS VARCHAR[])) FROM stories)",
        )

    def documents_near(self, start: date, end: date) -> list[Document]:
        """Ok documents published in [start, end], and those without a date."""
        return self.documents(
            status="ok", where="(published IS NULL OR published BETWEEN ? AND ?)", params=[start, end]
        )

    def documents_between(self, start: date, end: date) -> list[Document]:
        """Ok documents published in [start, end] (dated ones only)."""
        return self.documents(status="ok", where="published BETWEEN ? AND ?", params=[start, end])

    def document_stubs(self, doc_ids: Sequence[str]) -> list[Document]:
        """The ok documents of `doc_ids` in id order, without their raw content and text (id,
        date, title): enough to cluster stories on stored edges."""
        with self._registered("_ids", _id_table(doc_ids)):
            rows = self.con.execute(
                "SELECT doc_id, source, title, published FROM documents WHERE status = 'ok' "
                "AND doc_id IN (SELECT d FROM _ids) ORDER BY doc_id"
            ).fetchall()
        return [Document(doc_id=r[0], source=r[1], raw="", text="", title=r[2], published=r[3],
                         status="ok") for r in rows]  # fmt: skip

    def undated_documents(self) -> list[Document]:
        return self.documents(status="ok", where="published IS NULL")

    def has_story_graph(self) -> bool:
        """True when the stored stories were clustered with their graph kept (`story_edges`,
        schema 4): an incremental fusion can then re-cluster only what new documents touch."""
        row = self.con.execute("SELECT value FROM meta WHERE key = 'story_graph'").fetchone()
        return row is not None and row[0] == "done"

    def story_edges_within(
        self, max_distance: float | None = None, within: Sequence[str] | None = None,
        without: Sequence[str] = (),
    ) -> pa.Table:
        """Stored story edges (doc_a, doc_b, similarity) as an Arrow table: those at most
        `max_distance` apart (1 - similarity, computed as `stories` does), with both ends in
        `within` (all when None), neither in `without`."""
        conditions, args = [], []
        if max_distance is not None:
            conditions.append("CAST(1 AS DOUBLE) - similarity <= CAST(? AS DOUBLE)")
            args.append(max_distance)
        with ExitStack() as registered:
            if within is not None:
                registered.enter_context(self._registered("_within", _id_table(within)))
                conditions.append(
                    "doc_a IN (SELECT d FROM _within) AND doc_b IN (SELECT d FROM _within)"
                )
            if without:
                registered.enter_context(self._registered("_without", _id_table(without)))
                conditions.append(
                    "doc_a NOT IN (SELECT d FROM _without) AND doc_b NOT IN (SELECT d FROM _without)"
                )
            sql = "SELECT doc_a, doc_b, similarity FROM story_edges"
            if conditions:
                sql += " WHERE " + " AND ".join(conditions)
            return self.con.sql(sql, params=args).to_arrow_table()

    def has_story_history(self) -> bool:
        """True when the stored stories' merge history is kept (`story_merges`, schema 5): an
        incremental fusion then replays it (`fusion.story_replay`)."""
        row = self.con.execute("SELECT value FROM meta WHERE key = 'story_history'").fetchone()
        return row is not None and row[0] == "done"

    def story_merges(self) -> pa.Table:
        """The stored merge history (doc_a, doc_b, similarity, step), in step order."""
        return self.con.sql(
            "SELECT doc_a, doc_b, similarity, step FROM story_merges ORDER BY step"
        ).to_arrow_table()

    def ok_document_ids(self) -> list[str]:
        """Every ok document's id, in id order."""
        rows = self.con.execute(
            "SELECT doc_id FROM documents WHERE status = 'ok' ORDER BY doc_id"
        ).fetchall()
        return [r[0] for r in rows]

    def story_ids(self) -> list[str]:
        return [r[0] for r in self.con.execute("SELECT story_id FROM stories").fetchall()]

    def stories_of(self, doc_ids: Sequence[str]) -> dict[str, list[str]]:
        """story_id -> its documents, for the stories holding any of `doc_ids`."""
        rows = self.con.execute(
            "SELECT story_id, doc_ids FROM stories WHERE story_id IN ("
            "SELECT story_id FROM (SELECT story_id, unnest(CAST(doc_ids AS VARCHAR[])) AS d "
            "FROM stories) WHERE d IN (SELECT unnest(?)))",
            [list(doc_ids)],
        ).fetchall()
        return {r[0]: json.loads(r[1]) for r in rows}

    def mentioned_actors(self) -> dict[str, dict[str, Any]]:
        """actor_id -> name, country and sector as first met in the text (documents in id order)."""
        rows = self.con.execute(
            "SELECT actor_id, "
            "first(name ORDER BY doc_id, char_start), "
            "first(country ORDER BY doc_id, char_start), "
            "first(sector ORDER BY doc_id, char_start) "
            "FROM actor_mentions GROUP BY actor_id"
        ).fetchall()
        return {r[0]: {"name": r[1], "country": r[2], "sector": r[3]} for r in rows}

    def found_actors(self) -> list[Actor]:
        rows = self.con.execute("SELECT record FROM found_actors ORDER BY actor_id").fetchall()
        seen: dict[str, Actor] = {}
        for (record,) in rows:
            actor = _actor_from_plain(json.loads(record))
            seen.setdefault(actor.actor_id, actor)
        return list(seen.values())

    def learnt_aliases(self) -> list[LearntAlias]:
        """Aliases the stored documents stated, in document order (for `KnowledgeBase.learn`)."""
        rows = self.con.execute(
            "SELECT alias, actor_id, name, country, sector, doc_id, sentence FROM learnt_aliases "
            "ORDER BY doc_id, alias"
        ).fetchall()
        return [LearntAlias(*r) for r in rows]

    def events(self) -> list[Event]:
        rows = self.con.execute("SELECT record FROM events ORDER BY event_id").fetchall()
        return [event_from_record(json.loads(r[0])) for r in rows]

    def records(self, kind: str) -> list[dict[str, Any]]:
        """Export records of one kind, as plain dicts (the contract's fields first)."""
        if kind == "events":
            rows = self.con.execute(
                "SELECT record FROM events ORDER BY date_start NULLS LAST, event_id"
            ).fetchall()
            return [json.loads(r[0]) for r in rows]
        if kind == "documents":
            # A store written before versions (schema 1) is read as it is: every id version 1.
            versions = (
                "base_id, version"
                if self._has_column("documents", "base_id")
                else "doc_id AS base_id, 1 AS version"
            )
            cur = self.con.execute(
                "SELECT doc_id, status, reason, title, url, CAST(published AS VARCHAR) AS published, outlet, "
                f"text, duplicate_of, language, source, {versions} FROM documents ORDER BY doc_id"
            )
        elif kind == "actors":
            cur = self.con.execute(
                "SELECT actor_id, name, kind, country, sector, wikidata, aliases, roles, n_events "
                "FROM actors ORDER BY n_events DESC, actor_id"
            )
        elif kind == "places":
            cur = self.con.execute(
                "SELECT doc_id, char_start, char_end, text, name, geonames_id, lat, lon, country, "
                "admin1, precision FROM place_mentions ORDER BY doc_id, char_start"
            )
        elif kind == "stories":
            cur = self.con.execute("SELECT story_id, doc_ids, title FROM stories ORDER BY story_id")
        elif kind == "relations":
            cur = self.con.execute(
                "SELECT source_id, target_id, period, n_events, cooperation, conflict, score, "
                "intended, event_ids FROM relations ORDER BY period, source_id, target_id"
            )
        elif kind == "actor_mentions":
            cur = self.con.execute(
                "SELECT doc_id, char_start, char_end, text, actor_id, name, country, sector, "
                "wikidata, how FROM actor_mentions ORDER BY doc_id, char_start"
            )
        else:
            raise RealpolitikError(f"unknown export kind: {kind}")
        names = [d[0] for d in cur.description]
        json_columns = {"aliases", "roles", "doc_ids", "event_ids"}
        out = []
        for row in cur.fetchall():
            record = dict(zip(names, row, strict=True))
            for key in json_columns & record.keys():
                if isinstance(record[key], str):
                    record[key] = json.loads(record[key])
            out.append(record)
        return out

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for status in ("ok", "duplicate", "rejected"):
            row = self.con.execute("SELECT count(*) FROM documents WHERE status = ?", [status]).fetchone()
            out[f"documents_{status}"] = int(row[0]) if row else 0
        for table in ("event_mentions", "events", "actors", "place_mentions", "stories", "relations"):
            row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        return out


def _id_table(ids: Iterable[str]) -> pa.Table:
    """A one-column table `d` of ids, to join against in SQL."""
    return pa.table({"d": pa.array(list(ids), pa.string())})


def _document_row(d: Document, now: datetime, base_id: str, version: int) -> dict[str, Any]:
    return {
        "base_id": base_id,
        "version": version,
        "doc_id": d.doc_id,
        "source": d.source,
        "raw": d.raw,
        "text": d.text,
        "title": d.title,
        "url": d.url,
        "published": d.published if isinstance(d.published, date) else None,
        "outlet": d.outlet,
        "language": d.language,
        "status": d.status,
        "reason": d.reason,
        "duplicate_of": d.duplicate_of,
        "content_hash": d.content_hash,
        "raw_hash": raw_hash(d),
        "ingested_at": now,
    }


def _actor_mention_row(m: Any) -> dict[str, Any]:
    return {
        "doc_id": m.doc_id, "char_start": m.start, "char_end": m.end, "text": m.text,
        "actor_id": m.actor_id, "name": m.name, "country": m.country, "sector": m.sector,
        "wikidata": m.wikidata, "how": m.how,
    }  # fmt: skip


def _place_mention_row(p: Any) -> dict[str, Any]:
    return {
        "doc_id": p.doc_id, "char_start": p.char_start, "char_end": p.char_end, "text": p.text,
        "name": p.place.name, "geonames_id": p.place.geonames_id, "lat": p.place.lat,
        "lon": p.place.lon, "country": p.place.country, "admin1": p.place.admin1,
        "precision": p.place.precision,
    }  # fmt: skip


def _actor_from_plain(d: dict[str, Any]) -> Actor:
    from realpolitik.model import Role

    roles = [Role(**r) for r in d.get("roles") or []]
    return Actor(**{**d, "roles": roles})


class RunLock:
    """Held by a run for its whole length: one run writes a database file at a time.

    An advisory lock (`flock`) on `FILE.lock` beside the database; the system drops it when the
    process ends, however it ends, so a killed run never leaves the file locked. The lock file
    is left in place (removing it would race with the next run taking it).
    """

    def __init__(self, db: str | Path) -> None:
        self.path = f"{db}.lock"
        self.db = str(db)
        self._fd: int | None = None

    def __enter__(self) -> RunLock:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            reason = exc.strerror.lower() if exc.strerror else type(exc).__name__
            raise RealpolitikError(f"{self.db}: cannot create its lock file ({reason})") from None
        # A reader probing the lock holds it shared for an instant: a few tries tell that apart
        # from a run that holds it.
        for attempt in range(RUN_LOCK_TRIES):
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if attempt < RUN_LOCK_TRIES - 1:
                    time.sleep(LOCK_RETRY_S)
        else:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            os.close(fd)
            raise RealpolitikError(
                f"{self.db}: another realpolitik run is writing to it"
                + (f" (pid {holder})" if holder.isdigit() else "")
                + "; wait for it to finish"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        self._fd = fd
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor releases the lock
            self._fd = None

    @staticmethod
    def held(db: str | Path) -> bool:
        """True while a run holds the lock of `db` (a probe: takes and drops a shared lock)."""
        try:
            fd = os.open(f"{db}.lock", os.O_RDONLY)
        except OSError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        finally:
            os.close(fd)
        return False
