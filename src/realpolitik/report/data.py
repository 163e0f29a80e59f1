"""What the brief reads from the database, in one object."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from realpolitik.model import Event
from realpolitik.store import Store


@dataclass
class DocumentInfo:
    doc_id: str
    title: str | None
    url: str | None
    published: str | None
    outlet: str | None


@dataclass
class BriefData:
    events: list[Event] = field(default_factory=list)
    actors: list[dict[str, Any]] = field(default_factory=list)  # the `actors` export
    documents: dict[str, DocumentInfo] = field(default_factory=dict)  # status ok only
    counts: dict[str, int] = field(default_factory=dict)


def load_brief_data(db: str | Path, filters: Any = None) -> BriefData:
    """What the brief needs; with `filters` (`realpolitik.query.Filters`) only the events that
    pass them (and the event count says so)."""
    from realpolitik.query import check_filters

    if filters:
        check_filters("events", filters)
    with Store(db, read_only=True) as store:
        # Only the metadata of documents: the brief cites them, it does not need their text.
        rows = store.con.execute(
            "SELECT doc_id, title, url, CAST(published AS VARCHAR), outlet FROM documents "
            "WHERE status = 'ok' ORDER BY doc_id"
        ).fetchall()
        events = store.events()
        counts = store.counts()
        if filters:
            events = [e for e in events if filters.matches(e)]
            counts["events"] = len(events)
        return BriefData(
            events=events,
            actors=store.records("actors"),
            documents={r[0]: DocumentInfo(*r) for r in rows},
            counts=counts,
        )
