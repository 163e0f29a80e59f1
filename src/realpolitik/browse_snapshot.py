"""The snapshot `realpolitik.browse` reads: the events table flattened into in-memory DuckDB.

One row per event (`ev`: ids, names, countries, dates and search text as columns, so no JSON is
parsed per request), per event and party (`ev_actor`), per event and document (`ev_doc`) and per
event and tie at each level (`browse_network.prepare`). It is taken again whenever the database
file changes (size or modification time of the file or its write-ahead log), and kept when the
file changed but its events did not. While a `run` holds the file, the last snapshot is served.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from realpolitik import browse_network
from realpolitik.errors import RealpolitikError, UsageError

# How long a call waits for a writer (`realpolitik run` in another process) to release the file
# before it reports the database as busy: a run holds it for a batch at a time.
BUSY_WAIT_S = 2.0
# Answers kept per snapshot (networks and fronts of recent filters; the oldest goes first).
NETWORK_MEMO_SIZE = 64

T = TypeVar("T")


class DatabaseBusy(RealpolitikError):
    """The database is being written by another process (a `run`): retry shortly."""


def when_free(db: str | Path, wait: bool, open_it: Callable[[], T]) -> T:
    """`open_it()` (a read-only open of `db`), retried while another process holds the file's
    write lock, for up to BUSY_WAIT_S with `wait` (else once): then `DatabaseBusy`."""
    import duckdb

    deadline = time.monotonic() + (BUSY_WAIT_S if wait else 0.0)
    while True:
        try:
            return open_it()
        except duckdb.IOException as exc:
            # Another process holds the write lock; it gives it back between batches.
            if time.monotonic() > deadline:
                raise DatabaseBusy(f"{db}: being written by another process, retry shortly") from exc
            time.sleep(0.05)
        except duckdb.Error as exc:
            raise RealpolitikError(f"{db}: cannot open the database: {exc}") from exc


# Each stored record is parsed once, into this structure (DuckDB's `from_json`), and the
# snapshot's columns are taken from it: extracting each column with its own JSON path would
# parse the record (sentences and all) a dozen times (3.0 s instead of 0.4 s on 20,000 events).
_PARTY = '{"actor_id": "VARCHAR", "name": "VARCHAR", "country": "VARCHAR", "sector": "VARCHAR"}'
_RECORD = (
    '{"acled_event_type": "VARCHAR", "quad_class": "INTEGER", "fatalities": "DOUBLE", '
    '"confidence": "DOUBLE", '
    f'"source": [{_PARTY}], "target": [{_PARTY}], "claimed_by": [{_PARTY}], '
    '"location": {"name": "VARCHAR", "country": "VARCHAR", "lat": "VARCHAR", "lon": "VARCHAR"}, '
    '"mentions": [{"doc_id": "VARCHAR", "sentence": "VARCHAR"}]}'
)
_ROLES = ("source", "target", "claimed_by")


def _names(role: str, key: str) -> str:
    return f"list_transform(r.{role}, lambda x: x.{key})"


_SNAPSHOT_SQL = [
    f"""CREATE TEMP TABLE parsed AS SELECT e.event_id, e.plover_type, e.polarity, e.date_start,
        e.confidence, e.n_documents, CAST(e.record AS VARCHAR) AS record,
        from_json(e.record, '{_RECORD}') AS r
    FROM src.events e""",
    f"""CREATE TABLE ev AS SELECT
        event_id, plover_type, lower(plover_type) AS type_l, lower(r.acled_event_type) AS acled_l,
        polarity, date_start, coalesce(r.confidence, confidence) AS confidence, n_documents,
        list_transform(
            {" || ".join(_names(role, key) for role in _ROLES for key in ("actor_id", "name"))},
            lambda x: lower(x)) AS parties_l,
        {_names("source", "country")} || {_names("target", "country")}
            || [r.location.country] AS countries,
        lower(concat_ws(' ', plover_type, r.acled_event_type,
            array_to_string(list_transform(r.mentions, lambda m: m.sentence), ' '),
            {", ".join(f"array_to_string({_names(role, 'name')}, ' ')" for role in _ROLES)},
            r.location.name)) AS haystack,
        r.location.name AS place, r.location.country AS place_country,
        TRY_CAST(r.location.lat AS DOUBLE) AS lat, TRY_CAST(r.location.lon AS DOUBLE) AS lon,
        r.acled_event_type AS acled_event_type, r.quad_class AS quad_class,
        r.fatalities AS fatalities, len(r.claimed_by) AS n_claimed,
        -- the order in which a network meets the events (`network_events`)
        row_number() OVER (ORDER BY date_start NULLS LAST, event_id) AS ord,
        record
    FROM parsed""",
    # unnest in the select list: a lateral join would copy each parsed record per party (30x slower)
    " UNION ALL ".join(
        f"""SELECT event_id, '{role}' AS role, idx, x.actor_id AS actor_id, x.name AS name,
            x.country AS country, x.sector AS sector, plover_type, polarity, date_start
        FROM (SELECT event_id, plover_type, polarity, date_start,
              generate_subscripts(r.{role}, 1) AS idx, unnest(r.{role}) AS x FROM parsed)"""
        for role in _ROLES
    ).join(("CREATE TABLE ev_actor AS ", "")),
    """CREATE TABLE ev_doc AS SELECT DISTINCT event_id,
        unnest(list_transform(r.mentions, lambda m: m.doc_id)) AS doc_id FROM parsed""",
    "DROP TABLE parsed",
]


# What the snapshot is made of: when a file changed but its events did not (a `run` writes
# documents batch by batch and the events only at its end), the snapshot is kept (0.1 s to
# check on 20,000 events instead of 1 s to take again).
_FINGERPRINT_SQL = "SELECT count(*), sum(hash(event_id, record)::HUGEINT) FROM src.events"


def _attach(db: Path, wait: bool) -> Any:
    """An in-memory DuckDB connection with the file attached read-only as `src`; waits briefly
    for a writer (with `wait`, else reports it busy at once)."""
    import duckdb

    con = duckdb.connect(":memory:")
    quoted = str(db).replace("'", "''")
    try:
        when_free(db, wait, lambda: con.execute(f"ATTACH '{quoted}' AS src (READ_ONLY)"))
    except BaseException:
        con.close()
        raise
    return con


class Snapshot:
    """The events of one version of the database, in memory (see the module docstring)."""

    def __init__(self, db: Path, stamp: tuple[int, ...], wait: bool = True,
                 previous: Snapshot | None = None) -> None:  # fmt: skip
        """Take it (`previous`: the snapshot it replaces, whose tables are kept when the events
        have not changed)."""
        self.stamp = stamp
        self.con: Any = None  # the in-memory DuckDB connection holding the tables
        self.memo: dict[str, Any] = {}  # answers computed on this snapshot (it never changes)
        self._lock = threading.Lock()
        self._computing: dict[str, threading.Lock] = {}
        con = _attach(db, wait)  # raises DatabaseBusy when a writer keeps the file
        try:
            self.fingerprint = tuple(con.execute(_FINGERPRINT_SQL).fetchone())
            if previous is not None and previous.fingerprint == self.fingerprint:
                # The same events: the previous tables and answers hold.
                con.close()
                self.con, self.memo = previous.con, previous.memo
                self._lock, self._computing = previous._lock, previous._computing
                return
            for sql in _SNAPSHOT_SQL:
                con.execute(sql)
            con.execute("DETACH src")
            browse_network.prepare(con)
        except BaseException:
            con.close()
            raise
        self.con = con

    def cursor(self) -> Any:
        return self.con.cursor()  # one per call: DuckDB cursors may run in parallel threads

    def remember(self, key: str, compute: Any) -> Any:
        """The answer stored under `key`, computed once (a second caller asking for the same key
        while it is being computed waits for it rather than computing it again)."""
        with self._lock:
            if key in self.memo:
                return self.memo[key]
            pending = self._computing.setdefault(key, threading.Lock())
        with pending:
            with self._lock:
                if key in self.memo:
                    return self.memo[key]
            answer = compute()
            with self._lock:
                if len(self.memo) >= NETWORK_MEMO_SIZE:
                    self.memo.pop(next(iter(self.memo)))
                self.memo[key] = answer
                self._computing.pop(key, None)
            return answer

    def light_events(self) -> dict[str, Any]:
        """event_id -> Event without its sentences (what `fronts` needs), parsed once."""
        from realpolitik.store.codec import event_from_record

        def parse() -> dict[str, Any]:
            rows = self.cursor().execute(
                "SELECT CAST(json_merge_patch(record, '{\"mentions\": []}') AS VARCHAR) FROM ev"
            ).fetchall()
            events = (event_from_record(json.loads(r[0])) for r in rows)
            return {e.event_id: e for e in events}

        return self.remember("light events", parse)  # type: ignore[no-any-return]


_SNAPSHOTS: dict[str, Snapshot] = {}
_SNAPSHOTS_LOCK = threading.Lock()


def _stamp(db: Path) -> tuple[int, ...]:
    stamp: list[int] = []
    for path in (db, db.with_name(db.name + ".wal")):
        try:
            st = path.stat()
            stamp += [st.st_size, st.st_mtime_ns]
        except FileNotFoundError:
            stamp += [-1, -1]
    return tuple(stamp)


def snapshot(db: str | Path) -> Snapshot:
    """The snapshot of the database as it is now (taken again when the file has changed)."""
    path = Path(db).resolve()
    if not path.exists():
        raise UsageError(f"{db}: no such database (run `realpolitik run` first)")
    key = str(path)
    with _SNAPSHOTS_LOCK:
        current = _SNAPSHOTS.get(key)
        stamp = _stamp(path)
        if current is not None and current.stamp == stamp:
            return current
        try:
            # With a snapshot in hand, a busy file is not worth a wait: serve that one.
            fresh = Snapshot(path, stamp, wait=current is None, previous=current)
        except DatabaseBusy:
            if current is not None:
                return current  # a run is writing: what was there before, until it is done
            raise
        _SNAPSHOTS[key] = fresh
        return fresh
