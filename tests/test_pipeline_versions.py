"""Document ids: a repeat inside one run is rejected by name; other content under a stored id is a
new version; nothing stored is ever replaced (but a rejection)."""

from __future__ import annotations

import json

import pytest
from store_helpers import mentions_per_document

from realpolitik import pipeline, run_input
from realpolitik.model import Document
from realpolitik.store import Store
from realpolitik.store.codec import raw_hash
from realpolitik.store.reads import StoredVersion


def _doc(doc_id: str, text: str, source: str = "in.jsonl") -> Document:
    return Document(doc_id=doc_id, source=source, raw=text)


def _stored(doc_id: str, text: str, version: int = 1, status: str = "ok") -> StoredVersion:
    return StoredVersion(doc_id, version, raw_hash(_doc(doc_id, text)), status)


def test_id_book_rejects_an_id_read_twice_in_one_run():
    book = run_input.IdBook({})
    assert book.assign(_doc("1.txt", "A", "a/1.txt")) == "new"
    assert book.assign(_doc("1.txt", "B", "b/1.txt")) == "repeat"
    assert book.seen["1.txt"] == "a/1.txt"


def test_id_book_skips_content_already_stored_under_any_version():
    book = run_input.IdBook({"x": [_stored("x", "A"), _stored("x#v2", "B", 2)]})
    assert book.assign(_doc("x", "A")) == "skip"
    book = run_input.IdBook({"x": [_stored("x", "A"), _stored("x#v2", "B", 2)]})
    assert book.assign(_doc("x", "B")) == "skip"


def test_id_book_gives_other_content_the_next_version():
    book = run_input.IdBook({"x": [_stored("x", "A"), _stored("x#v2", "B", 2)]})
    doc = _doc("x", "C")
    assert book.assign(doc) == "new"
    assert doc.doc_id == "x#v3" and book.versions["x#v3"] == ("x", 3)


def test_id_book_lets_a_new_reading_take_a_stored_rejections_place():
    book = run_input.IdBook({"x": [_stored("x", "", status="rejected")]})
    doc = _doc("x", "readable now")
    assert book.assign(doc) == "new" and doc.doc_id == "x"


def test_id_book_never_reuses_a_doc_id_another_input_took():
    # An input whose own id looks like a version ("x#v2") is kept apart from x's versions.
    book = run_input.IdBook({"x#v2": [_stored("x#v2", "A")]})
    book.taken.add("x#v2")
    doc = _doc("x", "B")
    assert book.assign(doc) == "new" and doc.doc_id == "x"
    later = run_input.IdBook({"x": [_stored("x", "B")], "x#v2": [_stored("x#v2", "A")]})
    doc = _doc("x", "C")
    assert later.assign(doc) == "new" and doc.doc_id == "x#v3"


REPORTS = [
    "Turkish troops shelled Kurdish positions in northern Syria on Monday, the ministry said.",
    "Russia expelled two Polish diplomats after Warsaw closed a Russian consulate.",
    "Kenyan police arrested twelve protesters outside parliament in Nairobi on Tuesday.",
]



@pytest.mark.slow
def test_run_with_a_repeated_id_keeps_the_first_and_names_the_others(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "1.txt").write_text(REPORTS[0], encoding="utf-8")
    (b / "1.txt").write_text(REPORTS[1], encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "".join(json.dumps({"id": "r", "text": t}) + "\n" for t in REPORTS[1:]), encoding="utf-8"
    )
    rejected: list[tuple[str, str]] = []
    db = tmp_path / "db.duckdb"
    summary = pipeline.run(
        [str(a), str(b), str(feed)], db, workers=1, on_reject=lambda i, r: rejected.append((i, r))
    )
    assert rejected == [
        ("1.txt", f"duplicate id in this run ({b / '1.txt'}; the first, from {a / '1.txt'}, is kept)"),
        ("r", "duplicate id in this run (given earlier in the same input; the first is kept)"),
    ]
    assert summary.status["rejected"] == 2
    with Store(db, read_only=True) as store:
        docs = {d.doc_id: d.text for d in store.documents()}
    assert docs == {"1.txt": REPORTS[0], "r": REPORTS[1]}


@pytest.mark.slow
def test_run_with_a_stored_id_and_other_content_keeps_both_versions(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "1.txt").write_text(REPORTS[0], encoding="utf-8")
    (b / "1.txt").write_text(REPORTS[2], encoding="utf-8")
    db = tmp_path / "db.duckdb"
    pipeline.run([str(a)], db, workers=1)
    first = mentions_per_document(db)
    pipeline.run([str(b)], db, workers=1)
    again = pipeline.run([str(a)], db, workers=1)  # the first version is still known
    assert again.documents_skipped == 1
    with Store(db, read_only=True) as store:
        versions = store.stored_versions()["1.txt"]
        texts = {d.doc_id: d.text for d in store.documents()}
    assert [(v.doc_id, v.version) for v in versions] == [("1.txt", 1), ("1.txt#v2", 2)]
    assert texts == {"1.txt": REPORTS[0], "1.txt#v2": REPORTS[2]}
    after = mentions_per_document(db)
    assert after["1.txt"] == first["1.txt"] and after.get("1.txt#v2", 0) > 0
