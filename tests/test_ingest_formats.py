"""Ingest: every input format of the contract becomes `Document`s with the right ids and fields."""

from __future__ import annotations

import gzip
import io
import json
import sys
from datetime import date
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from realpolitik.ingest import read_inputs

SENTENCE = "The Taliban closed the Torkham crossing on Sunday after clashes with Pakistani guards. "
ARTICLE_HTML = f"""<html><head><title>Torkham closed - The Daily</title>
<meta property="og:title" content="Torkham closed">
<meta property="og:site_name" content="The Daily">
<meta property="og:url" content="https://daily.example/torkham">
<meta property="article:published_time" content="2023-02-21T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Torkham closed</h1><p>{SENTENCE * 4}</p><p>{SENTENCE * 3}</p></article>
<footer>Copyright The Daily</footer></body></html>"""


def _read(*inputs: str | Path):
    return list(read_inputs([str(i) for i in inputs]))


def test_ingest_txt_file_id_is_the_path_as_given(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Some text.", encoding="utf-8")
    [doc] = _read(f)
    assert (doc.doc_id, doc.source, doc.raw, doc.status) == (str(f), str(f), "Some text.", "ok")


def test_ingest_folder_is_read_recursively_sorted_with_relative_ids(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("z", encoding="utf-8")
    (tmp_path / "a.txt").write_text("a", encoding="utf-8")
    (tmp_path / "b" / "c.txt").write_text("c", encoding="utf-8")
    assert [d.doc_id for d in _read(tmp_path)] == ["a.txt", "b/c.txt", "b/z.txt"]


def test_ingest_folder_skips_hidden_files_and_companion_files(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("x", encoding="utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    (tmp_path / "README.md").write_text("# about the data", encoding="utf-8")
    (tmp_path / "LICENSE").write_text("MIT", encoding="utf-8")
    (tmp_path / "a.txt").write_text("a", encoding="utf-8")
    assert [d.doc_id for d in _read(tmp_path)] == ["a.txt"]


def test_ingest_unknown_file_type_is_rejected_with_reason(tmp_path):
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4")
    [doc] = _read(tmp_path)
    assert doc.status == "rejected" and "unsupported file type (.pdf)" in (doc.reason or "")


def test_ingest_html_extracts_article_and_metadata(tmp_path):
    f = tmp_path / "page.html"
    f.write_text(ARTICLE_HTML, encoding="utf-8")
    [doc] = _read(f)
    assert doc.status == "ok"
    assert "Torkham crossing" in doc.raw and "Home" not in doc.raw.split("\n")
    assert doc.title == "Torkham closed"
    assert doc.url == "https://daily.example/torkham"
    assert doc.published == date(2023, 2, 21)
    assert doc.outlet == "The Daily"
    assert doc.html == ARTICLE_HTML


def test_ingest_jsonl_reads_fields_and_iso_dates(tmp_path):
    f = tmp_path / "docs.jsonl"
    records = [
        {"id": "a", "text": "Text A.", "title": "A", "url": "https://x/a", "outlet": "X",
         "published": "2024-02-13", "language": "EN"},
        {"id": "b", "text": "Text B.", "published": "2024-02-14T10:30:00Z"},
        {"id": 7, "html": ARTICLE_HTML},
    ]  # fmt: skip
    f.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    a, b, c = _read(f)
    assert (a.doc_id, a.raw, a.title, a.url, a.outlet) == ("a", "Text A.", "A", "https://x/a", "X")
    assert a.published == date(2024, 2, 13) and a.language == "en"
    assert b.published == date(2024, 2, 14)
    assert c.doc_id == "7" and "Torkham crossing" in c.raw and c.title == "Torkham closed"


def test_ingest_jsonl_gz_is_read(tmp_path):
    f = tmp_path / "docs.jsonl.gz"
    with gzip.open(f, "wt", encoding="utf-8") as out:
        out.write(json.dumps({"id": "g", "text": "Zipped."}) + "\n")
    [doc] = _read(f)
    assert (doc.doc_id, doc.raw) == ("g", "Zipped.")


def test_ingest_dash_reads_jsonl_from_stdin(monkeypatch):
    data = (json.dumps({"id": "s1", "text": "From stdin."}) + "\n").encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    [doc] = _read("-")
    assert (doc.doc_id, doc.raw) == ("s1", "From stdin.")


def _write_warc(path: Path, gz: bool) -> None:
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gz)
        pages = [
            ("https://daily.example/torkham", "200 OK", "text/html; charset=utf-8", ARTICLE_HTML),
            ("https://daily.example/logo.png", "200 OK", "image/png", "PNG"),
            ("https://daily.example/gone", "404 Not Found", "text/html", "<html>gone</html>"),
        ]
        for uri, status, ctype, body in pages:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body.encode()), http_headers=headers
            )
            writer.write_record(record)


def test_ingest_warc_html_responses_are_pages_named_by_uri(tmp_path):
    for name, gz in (("crawl.warc", False), ("crawl.warc.gz", True)):
        f = tmp_path / name
        _write_warc(f, gz)
        page, gone = _read(f)
        assert page.doc_id == "https://daily.example/torkham" and page.status == "ok"
        assert "Torkham crossing" in page.raw and page.url == page.doc_id
        assert gone.status == "rejected" and gone.reason == "HTTP status 404"
