"""Text cleaning (placeholder: the cleaning work replaces this)."""

from __future__ import annotations

import hashlib

from realpolitik.model import Document


def clean_document(doc: Document) -> Document:
    if doc.status == "rejected":
        return doc
    doc.text = doc.raw.strip()
    doc.language = "en"
    doc.content_hash = hashlib.sha256(doc.text.encode()).hexdigest()
    if not doc.text:
        doc.reject("empty: no text left after cleaning")
    return doc
