"""Duplicate marking: exact and near duplicates point at the first document, others pass."""

from __future__ import annotations

import hashlib

from realpolitik.clean import DuplicateIndex
from realpolitik.model import Document

ARTICLE = " ".join(
    f"Sentence {k} says the Taliban and Pakistan met in Kabul to discuss the border {k}."
    for k in range(12)
)


def _doc(doc_id: str, text: str) -> Document:
    return Document(
        doc_id=doc_id, source=doc_id, raw=text, text=text,
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
    )  # fmt: skip


def test_dedup_exact_duplicate_points_at_first():
    index = DuplicateIndex()
    first, again = index.mark(_doc("a", ARTICLE)), index.mark(_doc("b", ARTICLE))
    assert first.status == "ok"
    assert (again.status, again.duplicate_of, again.reason) == (
        "duplicate", "a", "exact duplicate of a",
    )  # fmt: skip


def test_dedup_near_duplicate_is_marked_with_similarity():
    index = DuplicateIndex()
    index.mark(_doc("a", ARTICLE))
    edited = index.mark(
        _doc("b", "Updated headline here. " + ARTICLE.replace("border 11", "crossing 11"))
    )
    assert edited.status == "duplicate" and edited.duplicate_of == "a"
    assert (edited.reason or "").startswith("near duplicate of a (jaccard≈0.")


def test_dedup_different_articles_are_not_duplicates():
    index = DuplicateIndex()
    index.mark(_doc("a", ARTICLE))
    other = " ".join(
        f"Report {k}: floods hit Kandahar province and {k} houses collapsed." for k in range(12)
    )
    assert index.mark(_doc("b", other)).status == "ok"


def test_dedup_same_doc_id_with_new_content_is_not_its_own_duplicate():
    index = DuplicateIndex()
    index.add_existing("a", "oldhash", ARTICLE)
    assert index.mark(_doc("a", ARTICLE + " One more sentence at the end.")).status == "ok"


def test_dedup_existing_documents_are_found():
    index = DuplicateIndex()
    doc = _doc("stored", ARTICLE)
    index.add_existing("stored", doc.content_hash or "", ARTICLE)
    assert index.mark(_doc("new", ARTICLE)).duplicate_of == "stored"


def test_dedup_short_texts_only_match_exactly():
    index = DuplicateIndex()
    index.mark(_doc("a", "Police said no one was hurt in the blast."))
    assert index.mark(_doc("b", "Police said no one was hurt in the attack.")).status == "ok"
