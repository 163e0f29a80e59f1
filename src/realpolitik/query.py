"""Queries on a database: filters -> events, records or an Arrow table.

One public layer shared by `export`, `report`, `network`, `query` and the Python API (and, later,
an HTTP server): each call opens the database read-only and closes it before returning, so no
connection outlives a request and a `run` in another process can write in between.

    from realpolitik.query import Database, Filters

    db = Database("seeds.duckdb")
    rows = db.records("events", Filters(since="2024-01", country="PAK"))
    table = db.table("events", Filters(type="ASSAULT"), profile="acled")   # a pyarrow.Table
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from realpolitik.errors import UsageError
from realpolitik.model import PLOVER_TYPES, Event

if TYPE_CHECKING:
    import pyarrow as pa

POLARITIES = ("asserted", "denied", "negated", "hypothetical", "intended")
# The event types of the ACLED codebook, as in spec/event.schema.json.
ACLED_EVENT_TYPES = (
    "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
    "Strategic developments",
)  # fmt: skip
_DATE_PREFIX = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def _split(value: str | Sequence[str] | None) -> tuple[str, ...]:
    """"A,B" or ["A", "B"] -> ("A", "B"); None -> ()."""
    if value is None:
        return ()
    items = value.split(",") if isinstance(value, str) else list(value)
    return tuple(s.strip() for s in items if s and s.strip())


@dataclass(frozen=True)
class Filters:
    """What to keep. Every filter given must hold; a filter of several values (comma-separated
    or a list) holds when any value does.

    - `since`, `until`: ISO date or prefix (`2024`, `2024-05`, `2024-05-06`), inclusive, on the
      event's first possible day; an undated event matches no window.
    - `actor`: actor id (`Q42418`) or name, case-insensitive, among the event's sources, targets
      or claimants.
    - `country`: ISO 3166 alpha-3 of a source, a target or the location.
    - `type`: PLOVER type (`ASSAULT`) or ACLED event type (`Battles`), case-insensitive.
    - `polarity`: asserted, denied, negated, hypothetical, intended.
    - `min_confidence`: 0 … 1.
    """

    since: str | None = None
    until: str | None = None
    actor: str | Sequence[str] | None = None
    country: str | Sequence[str] | None = None
    type: str | Sequence[str] | None = None
    polarity: str | Sequence[str] | None = None
    min_confidence: float | None = None

    def __post_init__(self) -> None:
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None and not _DATE_PREFIX.match(value):
                raise UsageError(
                    f"--{name} {value!r}: expected an ISO date or prefix (2024, 2024-05, 2024-05-06)"
                )
        for polarity in _split(self.polarity):
            if polarity.lower() not in POLARITIES:
                raise UsageError(
                    f"--polarity {polarity!r}: choose from {', '.join(POLARITIES)}"
                )
        if self.min_confidence is not None and not 0 <= self.min_confidence <= 1:
            raise UsageError(f"--min-confidence {self.min_confidence}: expected 0 … 1")

    def given(self) -> list[str]:
        """Names of the filters set."""
        return [f.name for f in fields(self) if getattr(self, f.name) not in (None, "", ())]

    def __bool__(self) -> bool:
        return bool(self.given())

    # -- matching ------------------------------------------------------------------------

    def in_window(self, day: str | None) -> bool:
        """Whether an ISO date (or month `YYYY-MM`) falls in [since, until] (prefix compare)."""
        if self.since is None and self.until is None:
            return True
        if not day:
            return False
        if self.since is not None and day[: len(self.since)] < self.since[: len(day)]:
            return False
        return not (self.until is not None and day[: len(self.until)] > self.until[: len(day)])

    def matches(self, event: Event) -> bool:
        if not self.in_window(event.date.start):
            return False
        if self.min_confidence is not None and event.confidence < self.min_confidence:
            return False
        polarities = {p.lower() for p in _split(self.polarity)}
        if polarities and event.polarity not in polarities:
            return False
        types = {t.lower() for t in _split(self.type)}
        if types and not types & {
            event.plover_type.lower(),
            (event.acled_event_type or "").lower(),
        }:
            return False
        parties = [*event.source, *event.target, *event.claimed_by]
        actors = {a.lower() for a in _split(self.actor)}
        if actors and not any(
            r.actor_id.lower() in actors or (r.name or "").lower() in actors for r in parties
        ):
            return False
        countries = {c.upper() for c in _split(self.country)}
        if countries:
            seen = {r.country for r in [*event.source, *event.target]}
            if event.location is not None:
                seen.add(event.location.country)
            if not countries & seen:
                return False
        return True

    def date_clauses(self) -> tuple[list[str], list[Any]]:
        """SQL conditions (and their parameters) on a `date_start` column (ISO text) that keep
        the dates in `since`..`until`, both ISO dates or prefixes, inclusive."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.since is not None:
            clauses.append("date_start >= ?")  # "2024-05-06" >= "2024-05": prefixes compare
            params.append(self.since)
        if self.until is not None:
            clauses.append("substr(date_start, 1, ?) <= ?")  # "2024-05-31"[:7] <= "2024-05"
            params += [len(self.until), self.until]
        return clauses, params

    def sql_prefilter(self) -> tuple[str, list[Any]]:
        """A WHERE clause on the `events` table that keeps what `matches` keeps (so only those
        records are parsed); `matches` still has the last word."""
        clauses, params = self.date_clauses()
        if self.min_confidence is not None:
            # The record's confidence is rounded to 4 places; leave room for that.
            clauses.append("confidence >= ?")
            params.append(self.min_confidence - 1e-4)
        polarities = [p.lower() for p in _split(self.polarity)]
        if polarities:
            clauses.append(f"polarity IN ({', '.join('?' * len(polarities))})")
            params += polarities
        types = [t.lower() for t in _split(self.type)]
        if types:
            marks = ", ".join("?" * len(types))
            clauses.append(
                f"(lower(plover_type) IN ({marks}) "
                f"OR lower(record->>'acled_event_type') IN ({marks}))"
            )
            params += types + types
        actors = [a.lower() for a in _split(self.actor)]
        if actors:
            parties = " || ".join(
                f"json_extract_string(record, '$.{role}[*].{key}')"
                for role in ("source", "target", "claimed_by")
                for key in ("actor_id", "name")
            )
            clauses.append(f"list_has_any(list_transform({parties}, lambda x: lower(x)), ?)")
            params.append(actors)
        countries = [c.upper() for c in _split(self.country)]
        if countries:
            places = " || ".join(
                [f"json_extract_string(record, '$.{role}[*].country')" for role in ("source", "target")]
                + ["[record->'location'->>'country']"]
            )
            clauses.append(f"list_has_any({places}, ?)")
            params.append(countries)
        return ("WHERE " + " AND ".join(clauses) if clauses else ""), params

    def check_types(self) -> None:
        """A --type that is neither a PLOVER nor an ACLED type is a usage error (a typo would
        otherwise silently give nothing)."""
        known = {t.lower() for t in (*PLOVER_TYPES, *ACLED_EVENT_TYPES)}
        for t in _split(self.type):
            if t.lower() not in known:
                raise UsageError(
                    f"--type {t!r}: not a PLOVER type ({', '.join(PLOVER_TYPES)}) "
                    "or an ACLED event type"
                )


# Which filters mean something for each export kind (the rest is a usage error, not ignored).
EVENT_FILTERS = {f.name for f in fields(Filters)}
KIND_FILTERS: dict[str, set[str]] = {
    "events": EVENT_FILTERS,
    "relations": EVENT_FILTERS,  # the relations of the events kept
    "fronts": EVENT_FILTERS,  # the fronts of the events kept
    "actors": {"actor", "country"},
    "documents": {"since", "until"},  # on the publication date
    "places": {"country"},
    "actor_mentions": {"actor", "country"},
    "stories": set(),
}


def check_filters(kind: str, filters: Filters) -> None:
    unused = [name for name in filters.given() if name not in KIND_FILTERS.get(kind, set())]
    if unused:
        flags = ", ".join("--" + n.replace("_", "-") for n in unused)
        allowed = ", ".join("--" + n.replace("_", "-") for n in sorted(KIND_FILTERS[kind])) or "none"
        raise UsageError(f"{flags}: does not apply to {kind} (filters for {kind}: {allowed})")
    if filters.type:
        filters.check_types()


class Database:
    """A realpolitik database, read-only. Holds only its path: every call opens and closes it."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if not self.path.exists():
            raise UsageError(f"{path}: no such database (run `realpolitik run` first)")

    def _store(self) -> Any:
        from realpolitik.store import Store

        return Store(self.path, read_only=True)

    def events(self, filters: Filters | None = None) -> list[Event]:
        """Fused events that pass the filters, in date order (undated last)."""
        from realpolitik.store.codec import event_from_record

        filters = filters or Filters()
        where, params = filters.sql_prefilter()
        with self._store() as store:
            rows = store.con.execute(f"SELECT record FROM events {where}", params).fetchall()
        events = [event_from_record(json.loads(r[0])) for r in rows]
        kept = [e for e in events if filters.matches(e)]
        kept.sort(key=lambda e: (e.date.start is None, e.date.start or "", e.event_id))
        return kept

    def documents_meta(self) -> dict[str, dict[str, Any]]:
        """doc_id -> title, url, outlet, published (ISO), ingested_at: what exports cite."""
        with self._store() as store:
            rows = store.con.execute(
                "SELECT doc_id, title, url, outlet, CAST(published AS VARCHAR), ingested_at "
                "FROM documents"
            ).fetchall()
        return {
            r[0]: {"title": r[1], "url": r[2], "outlet": r[3], "published": r[4], "ingested_at": r[5]}
            for r in rows
        }

    def records(
        self, kind: str, filters: Filters | None = None, profile: str | None = None
    ) -> list[dict[str, Any]]:
        """Export records of `kind` as plain dicts (as `export --format jsonl` writes them)."""
        from realpolitik.export.profiles import PROFILES, profile_rows

        filters = filters or Filters()
        _check_kind(kind)
        check_filters(kind, filters)
        if profile is not None:
            if kind != "events":
                raise UsageError(f"--profile applies to events only, not {kind}")
            if profile not in PROFILES:
                raise UsageError(f"unknown profile {profile!r}: choose one of {', '.join(PROFILES)}")
            return profile_rows(profile, self.events(filters), self.documents_meta())
        if kind == "events":
            return [e.to_record() for e in self.events(filters)]
        if kind == "relations":
            if not filters:
                return self._stored("relations")
            from realpolitik.analysis.relations import compute_relations
            from realpolitik.model import to_plain

            relations = compute_relations(self.events(filters))
            rows = [to_plain(r) for r in relations]
            rows.sort(key=lambda r: (r["period"], r["source_id"], r["target_id"]))
            return rows
        if kind == "fronts":
            return fronts_records(self.events(filters))
        rows = [r for r in self._stored(kind) if _row_matches(kind, r, filters)]
        if kind == "actors":
            _add_event_counts(rows, self.events())
        return rows

    def _stored(self, kind: str) -> list[dict[str, Any]]:
        with self._store() as store:
            return store.records(kind)  # type: ignore[no-any-return]

    def table(
        self, kind: str, filters: Filters | None = None, profile: str | None = None
    ) -> pa.Table:
        """The same records as an Arrow table with the kind's (or profile's) explicit schema."""
        from realpolitik.export.schemas import to_arrow

        return to_arrow(kind, self.records(kind, filters, profile), profile)

    def sql(self, query: str) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Run one SQL query on a read-only connection: (column names, rows)."""
        return run_sql(self.path, query)


def _check_kind(kind: str) -> None:
    from realpolitik.export.writers import EXPORT_KINDS

    if kind not in EXPORT_KINDS:
        raise UsageError(f"unknown export kind {kind!r}: choose one of {', '.join(EXPORT_KINDS)}")


def _add_event_counts(rows: list[dict[str, Any]], events: list[Event]) -> None:
    """The three event counts of an actor, side by side (docs/fields.md explains them):
    `n_events` (stored: every event it is a source or target of, whatever its polarity),
    `n_events_asserted` (those reported as having happened: the report's actor table) and
    `n_events_network` (those the network counts: happened, confidence at least
    `signals.FRONT_MIN_CONFIDENCE`, and linking it to another actor)."""
    from collections import Counter

    from realpolitik.analysis.network import build_network
    from realpolitik.analysis.signals import happened

    asserted: Counter[str] = Counter()
    for e in events:
        if happened(e):
            asserted.update({r.actor_id for r in [*e.source, *e.target]})
    graph = build_network(events)
    for row in rows:
        actor_id = row["actor_id"]
        row["n_events_asserted"] = asserted[actor_id]
        row["n_events_network"] = graph.nodes[actor_id]["n_events"] if actor_id in graph else 0


def _row_matches(kind: str, row: dict[str, Any], filters: Filters) -> bool:
    actors = {a.lower() for a in _split(filters.actor)}
    if actors and not (
        str(row.get("actor_id") or "").lower() in actors
        or str(row.get("name") or "").lower() in actors
    ):
        return False
    countries = {c.upper() for c in _split(filters.country)}
    if countries and row.get("country") not in countries:
        return False
    if kind == "documents" and (filters.since or filters.until):
        return filters.in_window(row.get("published"))
    return True


def fronts_records(events: Iterable[Event], level: str = "country") -> list[dict[str, Any]]:
    """One row per camp member: the camps of the signed network of `events` (at country level by
    default, as the report reads them), with the stability
    of the member and the ids of the events behind the camp's ties (allies and opponents)."""
    from realpolitik.analysis.fronts import find_fronts

    result = find_fronts(list(events), level=level)  # type: ignore[arg-type]
    rows = []
    for front in result.camps:
        evidence = sorted(
            {i for link in [*front.allies, *front.opposed, *front.frustrated] for i in link.event_ids}
        )
        for member in front.members:
            node = result.graph.nodes[member]
            member_evidence = sorted(
                {
                    i
                    for link in [*front.allies, *front.opposed, *front.frustrated]
                    if member in (link.a, link.b)
                    for i in link.event_ids
                }
            )
            rows.append(
                {
                    "group": front.component + 1,
                    "camp": front.camp + 1,
                    "member_id": member,
                    "member": front.names.get(member, member),
                    "country": node.get("country") or None,
                    "sector": node.get("sector") or None,
                    "stability": front.member_stability[member],
                    "indirect": member in front.indirect,
                    "camp_confidence": front.confidence,
                    "first_date": front.period[0],
                    "last_date": front.period[1],
                    "event_ids": member_evidence,
                    "camp_event_ids": evidence,
                }
            )
    return rows


def run_sql(db: str | Path, query: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """One SQL statement on a read-only connection (views included): (column names, rows)."""
    import duckdb

    if not Path(db).exists():
        raise UsageError(f"{db}: no such database (run `realpolitik run` first)")
    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error as exc:
        raise UsageError(f"{db}: cannot open the database: {exc}") from exc
    try:
        from realpolitik.store.views import ensure_views

        ensure_views(con)
        cur = con.execute(query)
        if cur.description is None:
            return [], []
        return [d[0] for d in cur.description], cur.fetchall()
    except duckdb.Error as exc:
        raise UsageError(f"query failed: {str(exc).splitlines()[0]}") from exc
    finally:
        con.close()


def run_documents(
    documents: Iterable[dict[str, Any]], db: str | Path = "realpolitik.duckdb"
) -> Any:
    """Run the pipeline on documents held in memory: dicts with the JSONL input's fields
    (`id`, `text` or `html`, and optional `title`, `url`, `published`, `outlet`, `language`).
    They go through the same reader as a JSONL file. Returns the run's `RunSummary`."""
    import tempfile

    from realpolitik.pipeline import run

    with tempfile.TemporaryDirectory(prefix="realpolitik-") as tmp:
        path = Path(tmp) / "documents.jsonl"
        with open(path, "w", encoding="utf-8") as fh:
            for i, doc in enumerate(documents, start=1):
                if not isinstance(doc, dict):
                    raise UsageError(f"document {i}: expected a dict, got {type(doc).__name__}")
                if not str(doc.get("id") or "").strip():
                    # Without an id the document would be named after a temporary file, and the
                    # same text run twice would be stored twice.
                    raise UsageError(f"document {i}: has no 'id'")
                fh.write(json.dumps(doc, ensure_ascii=False, default=str) + "\n")
        return run([str(path)], db)


def format_rows(columns: Sequence[str], rows: Sequence[tuple[Any, ...]], style: str = "table") -> str:
    """Query results as CSV (`style="csv"`) or an aligned text table."""
    import csv
    import io

    def text(value: Any) -> str:
        if value is None:
            return "" if style == "csv" else "NULL"
        if isinstance(value, dict | list):
            return json.dumps(value, ensure_ascii=False, default=str)
        return str(value)

    if style == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[text(v) for v in row] for row in rows])
        return buf.getvalue()
    if not columns:
        return ""
    cells = [[" ".join(text(v).split()) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"
