"""Ingest: bad input becomes a rejected document with a reason (or a UsageError), never a crash."""

from __future__ import annotations

import gzip
import json
import os
import tracemalloc
from pathlib import Path

import pytest

from realpolitik.errors import UsageError
from realpolitik.ingest import check_inputs, read_inputs


def _one(path: Path):
    [doc] = list(read_inputs([str(path)]))
    return doc


def test_ingest_missing_path_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="nope.txt: no such file"):
        check_inputs([str(tmp_path / "nope.txt")])
    check_inputs(["-", str(tmp_path)])  # stdin and existing paths pass


def test_ingest_empty_file_is_rejected(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"  \n\n")
    doc = _one(f)
    assert (doc.status, doc.reason) == ("rejected", "empty file")


def test_ingest_binary_file_is_rejected(tmp_path):
    f = tmp_path / "image.txt"
    f.write_bytes(bytes(range(256)) * 4)
    doc = _one(f)
    assert doc.status == "rejected" and "binary" in (doc.reason or "")


def test_ingest_cp1252_english_article_is_decoded(tmp_path):
    f = tmp_path / "legacy.txt"
    text = "“We will not retreat,” the café owner in Kabul said — on Monday. "
    f.write_bytes(text.encode("cp1252") * 5)
    doc = _one(f)
    assert doc.status == "ok" and doc.raw == text * 5


def test_ingest_utf8_with_a_stray_byte_is_decoded_with_replacement(tmp_path):
    f = tmp_path / "mixed.txt"
    good = "The envoy — in Kabul — reopened the embassy on Monday. ".encode() * 5
    f.write_bytes(good + b"One broken byte \xe9 here.")
    doc = _one(f)
    assert doc.status == "ok" and "byte \ufffd here" in doc.raw and "— in Kabul" in doc.raw


def test_ingest_text_that_is_not_utf8_at_all_is_rejected(tmp_path):
    f = tmp_path / "cp1251.txt"
    f.write_bytes("Талибы закрыли пограничный переход Торхам в воскресенье.".encode("cp1251"))
    doc = _one(f)
    assert doc.status == "rejected" and "not UTF-8" in (doc.reason or "")


def test_ingest_broken_jsonl_line_is_rejected_by_line_and_others_kept(tmp_path):
    f = tmp_path / "docs.jsonl"
    f.write_text(
        '{"id": "a", "text": "A."}\n{"id": "b", "text": \n\n[1, 2]\n{"id": "c", "text": "C."}\n',
        encoding="utf-8",
    )
    a, broken, not_object, c = list(read_inputs([str(f)]))
    assert (a.doc_id, a.status, c.doc_id, c.status) == ("a", "ok", "c", "ok")
    assert broken.doc_id == f"{f}:2" and broken.status == "rejected"
    assert (broken.reason or "").startswith("line 2: invalid JSON")
    assert not_object.doc_id == f"{f}:4" and "line 4" in (not_object.reason or "")


def test_ingest_jsonl_record_without_text_or_html_is_rejected(tmp_path):
    f = tmp_path / "docs.jsonl"
    f.write_text(json.dumps({"id": "x", "title": "Only a title"}) + "\n", encoding="utf-8")
    doc = _one(f)
    assert (doc.doc_id, doc.status) == ("x", "rejected")
    assert doc.reason == "line 1: record has neither text nor html"


def test_ingest_truncated_jsonl_gz_keeps_what_was_read(tmp_path):
    f = tmp_path / "docs.jsonl.gz"
    lines = "".join(
        json.dumps({"id": str(k), "text": f"Doc {k}. " * 50}) + "\n" for k in range(200)
    )
    data = gzip.compress(lines.encode())
    f.write_bytes(data[: len(data) // 2])
    docs = list(read_inputs([str(f)]))
    assert docs[0].status == "ok" and docs[-1].status == "rejected"
    assert "corrupt or truncated" in (docs[-1].reason or "")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_ingest_unreadable_file_is_rejected(tmp_path):
    f = tmp_path / "secret.txt"
    f.write_text("secret", encoding="utf-8")
    f.chmod(0)
    doc = _one(f)
    assert doc.status == "rejected" and "permission denied" in (doc.reason or "")


def test_ingest_os_error_while_reading_is_rejected(tmp_path, monkeypatch):
    f = tmp_path / "a.txt"
    f.write_text("text", encoding="utf-8")

    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)
    doc = _one(f)
    assert (doc.status, doc.reason) == ("rejected", "cannot read file: permission denied")


def test_ingest_html_page_without_article_is_rejected(tmp_path):
    f = tmp_path / "empty.html"
    f.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    doc = _one(f)
    assert doc.status == "rejected" and "no article" in (doc.reason or "")


def test_ingest_large_jsonl_is_streamed_not_loaded(tmp_path):
    f = tmp_path / "big.jsonl"
    record = json.dumps({"id": "x", "text": "Word " * 2000}) + "\n"
    with open(f, "w", encoding="utf-8") as out:
        out.writelines(record for _ in range(2000))  # ~20 MB
    tracemalloc.start()
    n = sum(1 for _ in read_inputs([str(f)]))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert n == 2000
    assert peak < f.stat().st_size / 10


def test_ingest_single_file_too_large_for_an_article_is_rejected(tmp_path, monkeypatch):
    from realpolitik.ingest import readers

    monkeypatch.setattr(readers, "MAX_SINGLE_DOCUMENT_BYTES", 100)
    f = tmp_path / "dump.txt"
    f.write_text("word " * 100, encoding="utf-8")
    doc = _one(f)
    assert doc.status == "rejected" and "too large" in (doc.reason or "")
