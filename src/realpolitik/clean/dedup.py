"""Duplicate marking (placeholder: exact duplicates only; the cleaning work adds MinHash)."""

from __future__ import annotations

from realpolitik.model import Document


class DuplicateIndex:
    """Remembers the documents seen so far; marks a document that repeats one of them."""

    def __init__(self) -> None:
        self._by_hash: dict[str, str] = {}

    def add_existing(self, doc_id: str, content_hash: str, text: str) -> None:
        self._by_hash.setdefault(content_hash, doc_id)

    def mark(self, doc: Document) -> Document:
        if doc.status != "ok" or doc.content_hash is None:
            return doc
        first = self._by_hash.setdefault(doc.content_hash, doc.doc_id)
        if first != doc.doc_id:
            doc.status = "duplicate"
            doc.duplicate_of = first
            doc.reason = "exact duplicate"
        return doc
