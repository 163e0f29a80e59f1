"""Rows of the per-document tables built from the data model, and the model read back from rows."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from realpolitik.model import Actor, Document
from realpolitik.store.codec import raw_hash

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


def id_table(ids: Iterable[str]) -> pa.Table:
    """A one-column table `d` of ids, to join against in SQL."""
    return pa.table({"d": pa.array(list(ids), pa.string())})


def document_row(d: Document, now: datetime, base_id: str, version: int) -> dict[str, Any]:
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


def actor_mention_row(m: Any) -> dict[str, Any]:
    return {
        "doc_id": m.doc_id, "char_start": m.start, "char_end": m.end, "text": m.text,
        "actor_id": m.actor_id, "name": m.name, "country": m.country, "sector": m.sector,
        "wikidata": m.wikidata, "how": m.how,
    }  # fmt: skip


def place_mention_row(p: Any) -> dict[str, Any]:
    return {
        "doc_id": p.doc_id, "char_start": p.char_start, "char_end": p.char_end, "text": p.text,
        "name": p.place.name, "geonames_id": p.place.geonames_id, "lat": p.place.lat,
        "lon": p.place.lon, "country": p.place.country, "admin1": p.place.admin1,
        "precision": p.place.precision,
    }  # fmt: skip


def actor_from_plain(d: dict[str, Any]) -> Actor:
    from realpolitik.model import Role

    roles = [Role(**r) for r in d.get("roles") or []]
    return Actor(**{**d, "roles": roles})
