"""Browsing queries: one page of events, one event with its sentences, one actor, one document.

The layer under `realpolitik serve` (and usable from Python): like `realpolitik.query`, every
call opens the database read-only and closes it before returning, so no connection outlives a
request and a `run` in another process can write in between; the next call sees its data.
Filtering, sorting and paging happen in SQL, so a page of a large database costs a page.

Event lists, the map and the network read a snapshot (`browse_snapshot`): the events table
flattened into an in-memory DuckDB table (ids, names, countries, dates and search text as
columns, so no JSON is parsed per request), with one row per event and party (`ev_actor`), per event and document
(`ev_doc`) and per event and tie at each level (`ev_pair_actor`, `ev_pair_country`, see
`realpolitik.browse_network`). It is rebuilt whenever the database file changes (size or
modification time of the file or its write-ahead log): each stored record is parsed once, by
DuckDB, about 1 s of CPU for 20,000 events. Taking it attaches the file read-only and detaches it at
once. While a `run` holds the file, the last snapshot keeps being served; a new one is taken
once it is free. Networks are computed once per snapshot and filters (`Snapshot.remember`).

    from realpolitik.browse import events_page
    from realpolitik.query import Filters

    page = events_page("seeds.duckdb", Filters(country="PAK"), sort="-date", limit=20)
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from realpolitik import browse_network
from realpolitik.analysis.balance import LOCAL_SEARCH_RESTARTS
from realpolitik.browse_snapshot import DatabaseBusy as DatabaseBusy  # raised by every call here
from realpolitik.browse_snapshot import Snapshot, snapshot, when_free
from realpolitik.errors import RealpolitikError, UsageError
from realpolitik.query import Filters, _split, check_filters, fronts_records

# Sort keys of `events_page` -> SQL expression on the `events` table.
SORTS = {
    "date": "date_start",
    "confidence": "confidence",
    "documents": "n_documents",
    "type": "plover_type",
    "id": "event_id",
}
MAX_LIMIT = 500
# Restarts of the camp search for the interactive network: as many as `export fronts` makes,
# so the page shows the camps of the report. On a synthetic network of 150 actors and 7,430
# ties, 30 restarts take 40 ms (`analysis.balance` keeps each node's cost per camp up to date).
NETWORK_RESTARTS = LOCAL_SEARCH_RESTARTS


class NotFound(RealpolitikError):
    """No such event, actor or document."""


@contextmanager
def _connect(db: str | Path, wait: bool = True) -> Iterator[Any]:
    """A read-only connection for one call, with the analysts' views; waits briefly for a writer
    (with `wait`, else reports it busy at once)."""
    import duckdb

    from realpolitik.store.views import ensure_views

    if not Path(db).exists():
        raise UsageError(f"{db}: no such database (run `realpolitik run` first)")
    con = when_free(db, wait, lambda: duckdb.connect(str(db), read_only=True))
    try:
        ensure_views(con)
        yield con
    finally:
        con.close()


# -- events ------------------------------------------------------------------------------------


def _where(filters: Filters, q: str | None) -> tuple[str, list[Any]]:
    """The WHERE clause on the snapshot's `ev` table that keeps what `Filters.matches` keeps
    (tests compare both), plus a text search: every word of `q` in the sentences, the parties'
    names, the place or the type."""
    check_filters("events", filters)
    clauses, params = filters.date_clauses()
    if clauses:
        clauses.insert(0, "date_start IS NOT NULL")
    if filters.min_confidence is not None:
        clauses.append("confidence >= ?")
        params.append(filters.min_confidence)
    polarities = [p.lower() for p in _split(filters.polarity)]
    if polarities:
        clauses.append("polarity IN (SELECT unnest(?))")
        params.append(polarities)
    types = [t.lower() for t in _split(filters.type)]
    if types:
        clauses.append("(type_l IN (SELECT unnest(?)) OR acled_l IN (SELECT unnest(?)))")
        params += [types, types]
    actors = [a.lower() for a in _split(filters.actor)]
    if actors:
        clauses.append("list_has_any(parties_l, ?)")
        params.append(actors)
    countries = [c.upper() for c in _split(filters.country)]
    if countries:
        clauses.append("list_has_any(countries, ?)")
        params.append(countries)
    for word in (q or "").lower().split():
        clauses.append("strpos(haystack, ?) > 0")
        params.append(word)
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params


def _order(sort: str) -> str:
    descending = sort.startswith("-")
    key = sort.lstrip("-+")
    if key not in SORTS:
        raise UsageError(f"sort {sort!r}: choose from {', '.join(SORTS)} (prefix - for descending)")
    direction = "DESC" if descending else "ASC"
    # Undated (null) last whichever way; the id breaks ties so pages never overlap.
    return f"{SORTS[key]} {direction} NULLS LAST, event_id {direction}"


def events_page(
    db: str | Path,
    filters: Filters | None = None,
    q: str | None = None,
    sort: str = "date",
    offset: int = 0,
    limit: int = 50,
) -> dict[str, Any]:
    """One page of fused events that pass `filters` and contain every word of `q`:
    {"total", "offset", "limit", "sort", "events": [event record, ...]} (records as exported)."""
    filters = filters or Filters()
    if offset < 0:
        raise UsageError(f"offset {offset}: must be 0 or more")
    if not 1 <= limit <= MAX_LIMIT:
        raise UsageError(f"limit {limit}: must be 1 … {MAX_LIMIT}")
    where, params = _where(filters, q)
    order = _order(sort)
    con = snapshot(db).cursor()
    total = con.execute(f"SELECT count(*) FROM ev {where}", params).fetchone()[0]
    rows = con.execute(
        f"SELECT record FROM ev {where} ORDER BY {order} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return {
        "total": int(total),
        "offset": offset,
        "limit": limit,
        "sort": sort,
        "events": [json.loads(r[0]) for r in rows],
    }


def event_detail(db: str | Path, event_id: str) -> dict[str, Any]:
    """One event record, its mentions with their documents and highlights (offsets within the
    sentence of the trigger, the actors and the places), and the documents that report it."""
    with _connect(db) as con:
        row = con.execute("SELECT record FROM events WHERE event_id = ?", [event_id]).fetchone()
        if row is None:
            raise NotFound(f"no event {event_id!r}")
        record = json.loads(row[0])
        doc_ids = sorted({m["doc_id"] for m in record["mentions"]})
        docs = _documents_meta(con, doc_ids)
        spans = _spans(con, doc_ids)
    mentions = []
    for m in record["mentions"]:
        mention = dict(m)
        mention["document"] = docs.get(m["doc_id"])
        mention["highlights"] = _sentence_highlights(m, spans.get(m["doc_id"], []))
        mentions.append(mention)
    return {"event": record, "mentions": mentions, "documents": [docs[d] for d in doc_ids if d in docs]}


def _documents_meta(con: Any, doc_ids: list[str]) -> dict[str, dict[str, Any]]:
    if not doc_ids:
        return {}
    rows = con.execute(
        "SELECT doc_id, title, url, outlet, CAST(published AS VARCHAR), status "
        "FROM documents WHERE doc_id IN (SELECT unnest(?))",
        [doc_ids],
    ).fetchall()
    return {
        r[0]: {"doc_id": r[0], "title": r[1], "url": r[2], "outlet": r[3], "published": r[4], "status": r[5]}
        for r in rows
    }


def _spans(con: Any, doc_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Offsets (in the cleaned text) of the actors, places and triggers of these documents."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    if not doc_ids:
        return out
    for doc_id, start, end, text, actor_id, name in con.execute(
        "SELECT doc_id, char_start, char_end, text, actor_id, name FROM actor_mentions "
        "WHERE doc_id IN (SELECT unnest(?)) ORDER BY char_start",
        [doc_ids],
    ).fetchall():
        out[doc_id].append({"kind": "actor", "start": start, "end": end, "text": text,
                            "id": actor_id, "label": name})  # fmt: skip
    for doc_id, start, end, text, name, country in con.execute(
        "SELECT doc_id, char_start, char_end, text, name, country FROM place_mentions "
        "WHERE doc_id IN (SELECT unnest(?)) ORDER BY char_start",
        [doc_ids],
    ).fetchall():
        out[doc_id].append({"kind": "place", "start": start, "end": end, "text": text,
                            "id": None, "label": f"{name} ({country})" if country else name})  # fmt: skip
    for doc_id, record in con.execute(
        "SELECT doc_id, record FROM event_mentions WHERE doc_id IN (SELECT unnest(?))", [doc_ids]
    ).fetchall():
        m = json.loads(record)
        start = m.get("trigger_start")
        trigger = m.get("trigger") or ""
        if isinstance(start, int) and start >= 0 and trigger:
            out[doc_id].append({"kind": "trigger", "start": start, "end": start + len(trigger),
                                "text": trigger, "id": m.get("mention_id"),
                                "label": m.get("plover_type")})  # fmt: skip
    for spans in out.values():
        spans.sort(key=lambda s: (s["start"], s["end"]))
    return out


def _sentence_highlights(mention: dict[str, Any], spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The spans inside the mention's sentence, as offsets into the sentence; a trigger only when
    it is this mention's (another reading of the same sentence is another event)."""
    start, end = mention["char_start"], mention["char_end"]
    out = []
    for span in spans:
        if span["start"] < start or span["end"] > end:
            continue
        if span["kind"] == "trigger" and span["text"] != mention.get("trigger"):
            continue
        rel = {**span, "start": span["start"] - start, "end": span["end"] - start}
        if mention["sentence"][rel["start"] : rel["end"]] != span["text"]:
            continue  # offsets of another version of the text: better no mark than a wrong one
        out.append(rel)
    return out


# -- documents ---------------------------------------------------------------------------------


def document_text(db: str | Path, doc_id: str) -> dict[str, Any]:
    """A document's cleaned text with the offsets of its actors, places and triggers, and the
    events it reports."""
    with _connect(db) as con:
        row = con.execute(
            "SELECT doc_id, title, url, outlet, CAST(published AS VARCHAR), status, reason, text, "
            "language, duplicate_of FROM documents WHERE doc_id = ?",
            [doc_id],
        ).fetchone()
        if row is None:
            raise NotFound(f"no document {doc_id!r}")
        spans = _spans(con, [doc_id]).get(doc_id, [])
    events = [
        r[0]
        for r in snapshot(db).cursor().execute(
            "SELECT event_id FROM ev_doc WHERE doc_id = ? ORDER BY event_id", [doc_id]
        ).fetchall()
    ]
    keys = ("doc_id", "title", "url", "outlet", "published", "status", "reason", "text",
            "language", "duplicate_of")  # fmt: skip
    doc = dict(zip(keys, row, strict=True))
    text = doc["text"] or ""
    doc["spans"] = [s for s in spans if text[s["start"] : s["end"]] == s["text"]]
    doc["event_ids"] = events
    return doc


# -- actors ------------------------------------------------------------------------------------


def actors_list(
    db: str | Path, q: str | None = None, country: str | None = None, offset: int = 0, limit: int = 100
) -> dict[str, Any]:
    """Actors, most events first; `q` matches the id, name or an alias (any case)."""
    if not 1 <= limit <= MAX_LIMIT or offset < 0:
        raise UsageError(f"limit {limit}, offset {offset}: limit must be 1 … {MAX_LIMIT}, offset ≥ 0")
    clauses: list[str] = []
    params: list[Any] = []
    if q and q.strip():
        clauses.append("(strpos(lower(actor_id || ' ' || coalesce(name, '') || ' ' || "
                       "coalesce(CAST(aliases AS VARCHAR), '')), ?) > 0)")  # fmt: skip
        params.append(q.strip().lower())
    countries = [c.upper() for c in _split(country)]
    if countries:
        clauses.append("country IN (SELECT unnest(?))")
        params.append(countries)
    where = "WHERE " + " AND ".join(clauses) if clauses else ""
    with _connect(db) as con:
        total = con.execute(f"SELECT count(*) FROM actors {where}", params).fetchone()[0]
        rows = con.execute(
            "SELECT actor_id, name, kind, country, sector, wikidata, n_events FROM actors "
            f"{where} ORDER BY n_events DESC, actor_id LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
    keys = ("actor_id", "name", "kind", "country", "sector", "wikidata", "n_events")
    return {"total": int(total), "offset": offset, "limit": limit,
            "actors": [dict(zip(keys, r, strict=True)) for r in rows]}  # fmt: skip


def actor_detail(db: str | Path, actor_id: str, n_ties: int = 10) -> dict[str, Any]:
    """One actor: its record (roles with dates), its events per month and role, its latest
    events, and its strongest ties (by the absolute relation score summed over months)."""
    with _connect(db) as con:
        row = con.execute(
            "SELECT actor_id, name, kind, country, sector, wikidata, aliases, roles, n_events "
            "FROM actors WHERE actor_id = ?",
            [actor_id],
        ).fetchone()
        if row is None:
            raise NotFound(f"no actor {actor_id!r}")
        keys = ("actor_id", "name", "kind", "country", "sector", "wikidata", "aliases", "roles", "n_events")
        actor = dict(zip(keys, row, strict=True))
        for key in ("aliases", "roles"):
            actor[key] = json.loads(actor[key]) if isinstance(actor[key], str) else (actor[key] or [])
        snap = snapshot(db).cursor()
        timeline = snap.execute(
            "SELECT substr(date_start, 1, 7) AS month, role, plover_type, polarity, count(*) "
            "FROM ev_actor WHERE actor_id = ? AND date_start IS NOT NULL "
            "GROUP BY ALL ORDER BY month, role, plover_type, polarity",
            [actor_id],
        ).fetchall()
        events = snap.execute(
            "SELECT record FROM ev WHERE event_id IN "
            "(SELECT event_id FROM ev_actor WHERE actor_id = ?) "
            "ORDER BY date_start DESC NULLS LAST, event_id LIMIT 100",
            [actor_id],
        ).fetchall()
        ties = con.execute(
            "SELECT CASE WHEN source_id = ? THEN target_id ELSE source_id END AS other, "
            "sum(score) AS score, sum(n_events) AS n_events, sum(cooperation) AS cooperation, "
            "sum(conflict) AS conflict, min(period) AS first, max(period) AS last "
            "FROM relations WHERE ? IN (source_id, target_id) GROUP BY other "
            "ORDER BY abs(sum(score)) DESC, other LIMIT ?",
            [actor_id, actor_id, n_ties],
        ).fetchall()
        names = _actor_names(con, [t[0] for t in ties])
    actor["timeline"] = [
        {"month": m, "role": r, "plover_type": t, "polarity": p, "n": n} for m, r, t, p, n in timeline
    ]
    actor["events"] = [json.loads(r[0]) for r in events]
    actor["ties"] = [
        {"actor_id": o, "name": names.get(o, o), "score": round(s, 4), "n_events": n,
         "cooperation": c, "conflict": k, "first_period": f, "last_period": la}
        for o, s, n, c, k, f, la in ties
    ]  # fmt: skip
    return actor


def _actor_names(con: Any, ids: list[str]) -> dict[str, str]:
    if not ids:
        return {}
    rows = con.execute(
        "SELECT actor_id, name FROM actors WHERE actor_id IN (SELECT unnest(?))", [ids]
    ).fetchall()
    names = {r[0]: r[1] for r in rows}
    missing = [i for i in ids if i not in names]
    if missing:  # an actor met only in events (not in the actor table): its name from them
        for actor_id, name in con.execute(
            "SELECT actor_id, any_value(name) FROM event_actors "
            "WHERE actor_id IN (SELECT unnest(?)) GROUP BY actor_id",
            [missing],
        ).fetchall():
            names[actor_id] = name
    return names


# -- relations, network, fronts, stories -------------------------------------------------------


def relations_over_time(
    db: str | Path, actor: str | None = None, other: str | None = None,
    since: str | None = None, until: str | None = None,
) -> list[dict[str, Any]]:  # fmt: skip
    """Stored relations (one per ordered pair and month), optionally for one actor (and one
    counterpart, either direction) and a window of months."""
    window = Filters(since=since, until=until)  # validates the dates
    clauses: list[str] = []
    params: list[Any] = []
    if actor:
        clauses.append("? IN (source_id, target_id)")
        params.append(actor)
    if other:
        clauses.append("? IN (source_id, target_id)")
        params.append(other)
    if window.since:
        clauses.append("period >= substr(?, 1, 7)")
        params.append(window.since)
    if window.until:
        clauses.append("substr(period, 1, ?) <= ?")
        params += [len(window.until), window.until]
    where = "WHERE " + " AND ".join(clauses) if clauses else ""
    with _connect(db) as con:
        rows = con.execute(
            "SELECT source_id, target_id, period, n_events, cooperation, conflict, score, "
            f"intended, event_ids FROM relations {where} ORDER BY period, source_id, target_id",
            params,
        ).fetchall()
        names = _actor_names(con, sorted({r[0] for r in rows} | {r[1] for r in rows}))
    keys = ("source_id", "target_id", "period", "n_events", "cooperation", "conflict", "score",
            "intended", "event_ids")  # fmt: skip
    out = []
    for r in rows:
        rec = dict(zip(keys, r, strict=True))
        if isinstance(rec["event_ids"], str):
            rec["event_ids"] = json.loads(rec["event_ids"])
        rec["source"] = names.get(rec["source_id"], rec["source_id"])
        rec["target"] = names.get(rec["target_id"], rec["target_id"])
        out.append(rec)
    return out


def _network_where(filters: Filters | None) -> tuple[str, list[Any]]:
    """The WHERE clause on `ev` of the events a network counts: those in `filters` that were
    reported as having happened, confident enough (`signals.counts_for_fronts`)."""
    from realpolitik.analysis.signals import FRONT_MIN_CONFIDENCE, HAPPENED

    where, params = _where(filters or Filters(), None)
    extra = "polarity IN (SELECT unnest(?)) AND confidence >= ?"
    where = f"{where} AND {extra}" if where else f"WHERE {extra}"
    return where, [*params, sorted(HAPPENED), FRONT_MIN_CONFIDENCE]


def network_events(db: str | Path, filters: Filters | None = None) -> list[Any]:
    """The events the network counts (reported as having happened, confident enough), in the
    window and filters, without their sentences (what `fronts` needs)."""
    where, params = _network_where(filters)
    snap = snapshot(db)
    ids = snap.cursor().execute(
        f"SELECT event_id FROM ev {where} ORDER BY date_start NULLS LAST, event_id", params
    ).fetchall()
    light = snap.light_events()
    return [light[r[0]] for r in ids]


def network(
    db: str | Path, filters: Filters | None = None, level: str = "actor", min_events: int = 1
) -> dict[str, Any]:
    """The signed network of the events in `filters` (a time window: since/until) with its
    structural-balance camps: nodes (name, country, events, group and camp) and ties (signed
    weight, cooperation and conflict counts, event ids). The network is that of
    `analysis.network.build_network`, aggregated in SQL (`realpolitik.browse_network`); the camps
    are those of `analysis.fronts` (same search, same restarts), without the bootstrap
    stability, which is left to `fronts` (100 re-partitions: seconds on a large window, not a
    page's wait). Computed once per version of the database and filters."""
    if level not in ("actor", "country"):
        raise UsageError(f"level {level!r}: choose actor or country")
    where, params = _network_where(filters)  # checks the filters before anything is remembered
    snap = snapshot(db)
    key = repr(("network", filters, level, min_events))
    return snap.remember(key, lambda: _network(snap, filters, where, params, level, min_events))  # type: ignore[no-any-return]


def _network(snap: Snapshot, filters: Filters | None, where: str, params: list[Any], level: str,
             min_events: int) -> dict[str, Any]:  # fmt: skip
    cursor = snap.cursor()
    n_events = cursor.execute(f"SELECT count(*) FROM ev {where}", params).fetchone()[0]
    ties = browse_network.ties(cursor, where, params, level)
    nodes = browse_network.nodes(cursor, where, params, level)
    edges = [(t[0], t[1], t[2]) for t in ties]
    camp_of, frustrated = browse_network.camps(sorted(nodes), edges, NETWORK_RESTARTS)
    nodes_out: list[dict[str, Any]] = [
        {"id": n, "name": d["name"], "country": d["country"] or None, "sector": d["sector"] or None,
         "n_events": d["n_events"], "group": camp_of.get(n, (0, 0))[0],
         "camp": camp_of.get(n, (0, 0))[1]}
        for n, d in nodes.items()
        if d["n_events"] >= min_events
    ]  # fmt: skip
    kept = {n["id"] for n in nodes_out}
    ties_out: list[dict[str, Any]] = [
        {"a": a, "b": b, "weight": w, "n_pos": n_pos, "n_neg": n_neg,
         "frustrated": (a, b) in frustrated, "event_ids": ids}
        for a, b, w, n_pos, n_neg, ids in ties
        if a in kept and b in kept
    ]  # fmt: skip
    total = sum(abs(t[2]) for t in ties) or 1.0
    lost = sum(abs(w) for a, b, w in edges if (a, b) in frustrated)
    nodes_out.sort(key=lambda n: (-n["n_events"], n["id"]))
    ties_out.sort(key=lambda t: (-abs(t["weight"]), t["a"], t["b"]))
    return {
        "level": level,
        "window": [filters.since if filters else None, filters.until if filters else None],
        "n_events": int(n_events),
        "frustration": round(lost / total, 4),
        "nodes": nodes_out,
        "ties": ties_out,
    }


def fronts(db: str | Path, filters: Filters | None = None, level: str = "country") -> list[dict[str, Any]]:
    """Camp members with the events behind their ties and their bootstrap stability (as
    `export fronts`), for the filters."""
    if level not in ("actor", "country"):
        raise UsageError(f"level {level!r}: choose actor or country")
    return fronts_records(network_events(db, filters), level=level)


def stories(db: str | Path, offset: int = 0, limit: int = 100) -> dict[str, Any]:
    """Stories (clusters of documents about one happening), largest first, with their documents."""
    if not 1 <= limit <= MAX_LIMIT or offset < 0:
        raise UsageError(f"limit {limit}, offset {offset}: limit must be 1 … {MAX_LIMIT}, offset ≥ 0")
    with _connect(db) as con:
        total = con.execute("SELECT count(*) FROM stories").fetchone()[0]
        rows = con.execute(
            "SELECT story_id, doc_ids, title FROM stories "
            "ORDER BY json_array_length(doc_ids) DESC, story_id LIMIT ? OFFSET ?",
            [limit, offset],
        ).fetchall()
        out = []
        for story_id, doc_ids, title in rows:
            ids = json.loads(doc_ids) if isinstance(doc_ids, str) else list(doc_ids or [])
            meta = _documents_meta(con, ids)
            out.append({"story_id": story_id, "title": title,
                        "documents": [meta.get(d, {"doc_id": d}) for d in ids]})  # fmt: skip
    return {"total": int(total), "offset": offset, "limit": limit, "stories": out}


def located_events(db: str | Path, filters: Filters | None = None, limit: int = 5000) -> list[dict[str, Any]]:
    """Events with coordinates, for a map: id, type, polarity, date, place and lat/lon."""
    where, params = _where(filters or Filters(), None)
    located = "lat IS NOT NULL AND lon IS NOT NULL"
    where = f"{where} AND {located}" if where else f"WHERE {located}"
    rows = snapshot(db).cursor().execute(
        "SELECT event_id, plover_type, polarity, date_start, place, place_country, lat, lon "
        f"FROM ev {where} ORDER BY date_start DESC NULLS LAST, event_id LIMIT ?",
        [*params, limit],
    ).fetchall()
    keys = ("event_id", "plover_type", "polarity", "date", "place", "country", "lat", "lon")
    return [dict(zip(keys, r, strict=True)) for r in rows]


def summary(db: str | Path) -> dict[str, Any]:
    """Counts of what the database holds, its date range and its event types."""
    with _connect(db) as con:
        counts = {
            table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("documents", "events", "actors", "relations", "stories")
        }
        first, last = con.execute(
            "SELECT min(date_start), max(date_start) FROM events WHERE date_start IS NOT NULL"
        ).fetchone()
        types = Counter(
            dict(con.execute("SELECT plover_type, count(*) FROM events GROUP BY 1").fetchall())
        )
    return {"counts": counts, "first_date": first, "last_date": last,
            "types": dict(sorted(types.items()))}  # fmt: skip
