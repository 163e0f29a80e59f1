"""Story clustering (placeholder: one story per document; the fusion work replaces this)."""

from __future__ import annotations

from realpolitik.model import Document, Story


def cluster_stories(documents: list[Document]) -> list[Story]:
    return [Story(f"story:{d.doc_id}", [d.doc_id], d.title) for d in documents if d.status == "ok"]
