"""Turning stored JSON back into model objects."""

from __future__ import annotations

import hashlib
from typing import Any

from realpolitik.model import (
    ActorMention,
    DateInfo,
    Document,
    Event,
    EventMention,
    Place,
)


def raw_hash(doc: Document) -> str:
    """Hash of what was read (html when the input was a page): equal input, equal hash."""
    payload = doc.html if doc.html is not None else doc.raw
    return hashlib.sha256((payload or "").encode("utf-8", "replace")).hexdigest()


def _actor_mention(d: dict[str, Any]) -> ActorMention:
    return ActorMention(**d)


def _actor_ref(d: dict[str, Any], doc_id: str = "") -> ActorMention:
    """An exported actor_ref (no offsets) back into an ActorMention."""
    return ActorMention(
        doc_id=doc_id,
        start=-1,
        end=-1,
        text=d.get("text", ""),
        actor_id=d["actor_id"],
        name=d["name"],
        country=d.get("country"),
        sector=d.get("sector"),
        wikidata=d.get("wikidata"),
    )


def _place(d: dict[str, Any] | None) -> Place | None:
    return Place(**d) if d else None


def event_mention_from_plain(d: dict[str, Any]) -> EventMention:
    d = dict(d)
    d["source"] = [_actor_mention(a) for a in d.get("source", [])]
    d["target"] = [_actor_mention(a) for a in d.get("target", [])]
    d["claimed_by"] = [_actor_mention(a) for a in d.get("claimed_by", [])]
    d["date"] = DateInfo(**d["date"]) if d.get("date") else DateInfo()
    d["location"] = _place(d.get("location"))
    return EventMention(**d)


def event_from_record(r: dict[str, Any]) -> Event:
    """An exported event record back into an `Event` (mentions carry sentence provenance only)."""
    date_fields = {k: v for k, v in r["date"].items() if k in DateInfo.__dataclass_fields__}
    mentions = [
        EventMention(
            doc_id=m["doc_id"],
            char_start=m["char_start"],
            char_end=m["char_end"],
            sentence=m["sentence"],
            trigger=m["trigger"],
            trigger_start=m["char_start"],
            plover_type=r["plover_type"],
            quad_class=r["quad_class"],
            polarity=m.get("polarity", r["polarity"]),
        )
        for m in r["mentions"]
    ]
    return Event(
        event_id=r["event_id"],
        plover_type=r["plover_type"],
        quad_class=r["quad_class"],
        source=[_actor_ref(a) for a in r["source"]],
        target=[_actor_ref(a) for a in r["target"]],
        date=DateInfo(**date_fields),
        location=_place(r.get("location")),
        polarity=r["polarity"],
        claimed_by=[_actor_ref(a) for a in r["claimed_by"]],
        confidence=r["confidence"],
        mentions=mentions,
        n_documents=r["n_documents"],
        plover_mode=r.get("plover_mode"),
        cameo_root=r.get("cameo_root"),
        cameo_code=r.get("cameo_code"),
        acled_event_type=r.get("acled_event_type"),
        acled_sub_event_type=r.get("acled_sub_event_type"),
        fatalities=r.get("fatalities"),
        fatalities_range=r.get("fatalities_range"),
        fatalities_by_document=r.get("fatalities_by_document") or {},
    )
