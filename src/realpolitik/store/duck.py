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

import json
import time
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

if TYPE_CHECKING:
    import pyarrow as pa
else:
    from realpolitik.store.rows import pa  # imported at its first use (see store/rows.py)

from realpolitik import faults
from realpolitik.actors.aliases import learnt_aliases
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
    Relation,
    Story,
    mention_key,
    to_plain,
)
from realpolitik.store.reads import StoreReads
from realpolitik.store.rows import actor_mention_row, document_row, id_table, place_mention_row
from realpolitik.store.run_lock import LOCK_RETRY_S, RunLock
from realpolitik.store.schema import PER_DOCUMENT_TABLES, migrate, schema_version


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

# How long a connection waits for another process's lock on the file before giving up. A reader
# waits for the batch or fusion being written (seconds, rarely a minute); a run's next batch
# waits for readers, whose exports of a large store can take minutes.
READ_WAIT_S = 120.0
WRITE_WAIT_S = 600.0

_LOCK_MESSAGES = ("could not set lock", "conflicting lock")


def _is_lock_conflict(exc: Exception) -> bool:
    return any(m in str(exc).lower() for m in _LOCK_MESSAGES)


class Store(StoreReads):
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
        migrate(self.con, self.path)

    def schema_version(self) -> int:
        return schema_version(self.con)

    # -- writes ------------------------------------------------------------------------------

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        arrow = pa.Table.from_pylist(rows)
        with self._registered("_incoming", arrow):
            columns = ", ".join(f'"{c}"' for c in arrow.column_names)
            self.con.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM _incoming")

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
                [document_row(d, now, *versions.get(d.doc_id, (d.doc_id, 1))) for d in documents],
            )
            self._insert("actor_mentions", [actor_mention_row(m) for a in analyses for m in a.actor_mentions])
            self._insert("place_mentions", [place_mention_row(p) for a in analyses for p in a.place_mentions])
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
        with self._registered("_gone", id_table(doc_ids)):
            self.con.execute(
                "DELETE FROM story_edges WHERE doc_a IN (SELECT d FROM _gone) "
                "OR doc_b IN (SELECT d FROM _gone)"
            )

    def _delete_merges_of(self, doc_ids: Sequence[str]) -> None:
        if not doc_ids:
            return
        with self._registered("_gone", id_table(doc_ids)):
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
