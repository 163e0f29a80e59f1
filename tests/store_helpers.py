"""Reading a test database back: what the tests of whole runs compare."""

from __future__ import annotations

from realpolitik.store import Store


def mentions_per_document(db) -> dict[str, int]:
    """doc_id -> how many event mentions the store holds for it."""
    with Store(db, read_only=True) as store:
        counts: dict[str, int] = {}
        for m in store.event_mentions():
            counts[m.doc_id] = counts.get(m.doc_id, 0) + 1
        return counts
