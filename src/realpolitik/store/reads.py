"""What the store answers: documents, mentions, fused results and export records (`StoreReads`).

`Store` (store/duck.py) opens the file and writes; these reads work on its open connection.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import duckdb

from realpolitik.actors.aliases import LearntAlias
from realpolitik.errors import RealpolitikError
from realpolitik.model import Actor, Document, Event, EventMention
from realpolitik.store.codec import event_from_record, event_mention_from_plain
from realpolitik.store.rows import actor_from_plain, id_table

if TYPE_CHECKING:
    import pyarrow as pa
else:
    from realpolitik.store.rows import pa  # imported at its first use (see store/rows.py)


@dataclass
class StoredVersion:
    """One stored version of an input id."""

    doc_id: str
    version: int
    raw_hash: str
    status: str


class StoreReads:
    """The read side of `Store`, over its open DuckDB connection `con`."""

    con: duckdb.DuckDBPyConnection

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
        with self._registered("_ids", id_table(doc_ids)):
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
                registered.enter_context(self._registered("_within", id_table(within)))
                conditions.append(
                    "doc_a IN (SELECT d FROM _within) AND doc_b IN (SELECT d FROM _within)"
                )
            if without:
                registered.enter_context(self._registered("_without", id_table(without)))
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
            actor = actor_from_plain(json.loads(record))
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
