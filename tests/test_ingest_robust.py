"""Ingest of hostile inputs: odd file names, corrupt WARC, dates for plain text, safe messages."""

from __future__ import annotations

import gzip
import io
import json
import os
from datetime import date

import pytest

from realpolitik.errors import printable
from realpolitik.ingest import read_inputs
from realpolitik.ingest.dates import dateline_date

ARTICLE = "Kenyan police arrested twelve protesters outside parliament in Nairobi on Tuesday. " * 3


def _warc(n: int, gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for i in range(n):
        html = f"<html><head><title>Page {i}</title></head><body><article><p>{ARTICLE}</p>"
        html += "</article></body></html>"
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.0")
        record = writer.create_warc_record(
            f"https://news.example/{i}", "response",
            payload=io.BytesIO(html.encode()), http_headers=headers,
        )  # fmt: skip
        writer.write_record(record)
    return buf.getvalue()


# -- file names -------------------------------------------------------------------------------


@pytest.mark.skipif(os.uname().sysname != "Linux", reason="Linux file names are bytes")
def test_ingest_file_name_with_non_utf8_bytes_is_read_under_an_escaped_id(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9.txt")  # a Latin-1 name on a UTF-8 system
    (folder / name).write_text(ARTICLE, encoding="utf-8")
    [doc] = list(read_inputs([str(folder)]))
    assert (doc.doc_id, doc.status) == ("caf\\xe9.txt", "ok")
    doc.doc_id.encode("utf-8")  # storable and printable
    doc.source.encode("utf-8")


def test_printable_escapes_controls_and_keeps_ordinary_text():
    assert printable("a\nb\x1b[31mc\u202ed") == "a\\nb\\x1b[31mc\\u202ed"
    assert printable("Kabul — کابل\u200c") == "Kabul — کابل\u200c"  # ZWNJ is spelling


def test_cli_rejection_message_escapes_a_file_name(tmp_path, capsys):
    from realpolitik.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "evil\n\x1b[2Jname.pdf").write_bytes(b"%PDF")
    assert main(["run", str(folder), "--db", str(tmp_path / "db.duckdb")]) == 0
    err = capsys.readouterr().err
    assert "rejected evil\\n\\x1b[2Jname.pdf: unsupported file type" in err
    assert "\x1b" not in err


def test_cli_missing_path_message_escapes_the_name(tmp_path, capsys):
    from realpolitik.cli import main

    assert main(["run", str(tmp_path / "no\nsuch"), "--db", str(tmp_path / "db.duckdb")]) == 2
    [line] = capsys.readouterr().err.strip().splitlines()
    assert line.endswith("no\\nsuch: no such file or directory")


# -- WARC ---------------------------------------------------------------------------------------


def test_ingest_warc_gz_that_is_not_gzip_is_rejected_by_name(tmp_path):
    f = tmp_path / "crawl.warc.gz"
    f.write_bytes(b"this is a text file with the wrong name\n" * 20)
    [doc] = list(read_inputs([str(f)]))
    assert doc.status == "rejected" and doc.doc_id == str(f)
    assert "not a WARC archive" in (doc.reason or "")


def test_ingest_truncated_warc_gz_keeps_whole_records_and_names_the_break(tmp_path, capfd):
    data = _warc(3, gz=True)  # one gzip member per record
    f = tmp_path / "crawl.warc.gz"
    f.write_bytes(data[:-100])  # inside the third record's gzip member
    docs = list(read_inputs([str(f)]))
    assert [d.status for d in docs] == ["ok", "ok", "rejected"]
    assert docs[-1].doc_id == f"{f}#3" and "truncated" in (docs[-1].reason or "")
    assert "WARNING" not in capfd.readouterr().err  # warcio's own complaints are not leaked


def test_ingest_truncated_plain_warc_is_rejected_where_it_breaks(tmp_path):
    data = _warc(3, gz=False)
    f = tmp_path / "crawl.warc"
    f.write_bytes(data[:-200])
    docs = list(read_inputs([str(f)]))
    assert [d.status for d in docs] == ["ok", "ok", "rejected"]
    assert docs[-1].doc_id == f"{f}#3" and "shorter than its Content-Length" in (docs[-1].reason or "")


def test_ingest_whole_warc_gz_reads_every_page(tmp_path):
    f = tmp_path / "crawl.warc.gz"
    f.write_bytes(gzip.compress(_warc(3, gz=False)))  # one gzip member for the whole file
    docs = list(read_inputs([str(f)]))
    assert [(d.doc_id, d.status) for d in docs] == [
        (f"https://news.example/{i}", "ok") for i in range(3)
    ]


def test_ingest_empty_warc_is_rejected(tmp_path):
    f = tmp_path / "crawl.warc"
    f.write_bytes(b"")
    [doc] = list(read_inputs([str(f)]))
    assert (doc.status, doc.reason) == ("rejected", "empty file")


# -- dates for plain text --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "default", "expected"),
    [
        ("BEIRUT, March 3 (Reuters) - Israeli jets struck", date(2024, 3, 4), date(2024, 3, 3)),
        ("BEIRUT, March 3 (Reuters) - Israeli jets struck", None, None),  # no year: none invented
        ("BEIRUT, Dec 31 (Reuters) - Jets struck", date(2025, 1, 2), date(2024, 12, 31)),
        ("DAKAR, Senegal, June 9, 2022 (AP) — Soldiers", None, date(2022, 6, 9)),
        ("WORLD\n\nA headline\n\nPublished\n\non\n\n9 June 2022\n\nThe body.", None, date(2022, 6, 9)),
        ("Posted: 2022-06-09 14:05\nThe body.", None, date(2022, 6, 9)),
        ("A headline\nThursday, June 9th, 2022 at 10:30 am\nThe body.", None, date(2022, 6, 9)),
        ("Officials said on 9 June 2022 that talks failed.", None, None),  # a date in a sentence
        ("Soldiers, June 9, 2022 - lowercase place is a sentence", None, None),
    ],
)
def test_dateline_at_the_top_of_the_text(text, default, expected):
    assert dateline_date(text, default) == expected


def test_ingest_text_gets_published_from_the_run_default(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    [doc] = list(read_inputs([str(f)], published=date(2023, 5, 1)))
    assert doc.published == date(2023, 5, 1)


def test_ingest_dateline_wins_over_the_run_default(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("NAIROBI, April 30 (Reuters) - " + ARTICLE, encoding="utf-8")
    [doc] = list(read_inputs([str(f)], published=date(2023, 5, 2)))
    assert doc.published == date(2023, 4, 30)


def test_ingest_sidecar_gives_metadata_and_wins_over_the_dateline(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("NAIROBI, April 30, 2023 (Reuters) - " + ARTICLE, "utf-8")
    meta = {"title": "Arrests", "url": "https://x.example/a", "published": "2023-05-01",
            "outlet": "Daily"}  # fmt: skip
    (folder / "a.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    [doc] = list(read_inputs([str(folder)], published=date(2020, 1, 1)))  # sidecar not a document
    assert (doc.doc_id, doc.title, doc.url, doc.outlet) == ("a.txt", "Arrests", meta["url"], "Daily")
    assert doc.published == date(2023, 5, 1)


@pytest.mark.parametrize(
    ("sidecar", "reason"),
    [("{broken", "invalid JSON"), ("[1]", "expected a JSON object"),
     ('{"published": "last week"}', "published is not an ISO date")],
)  # fmt: skip
def test_ingest_bad_sidecar_rejects_its_text_by_name(tmp_path, sidecar, reason):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(sidecar, encoding="utf-8")
    [doc] = list(read_inputs([str(tmp_path / "a.txt")]))
    assert doc.status == "rejected" and (doc.reason or "").startswith("sidecar a.meta.json: ")
    assert reason in (doc.reason or "")


def test_ingest_sidecar_without_its_text_is_rejected_in_a_folder(tmp_path):
    (tmp_path / "orphan.meta.json").write_text("{}", encoding="utf-8")
    [doc] = list(read_inputs([str(tmp_path)]))
    assert doc.status == "rejected" and "unsupported file type" in (doc.reason or "")


def test_ingest_jsonl_lone_surrogate_escapes_become_replacement_characters(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text('{"id": "x\\ud800", "text": "Troops \\udfff moved."}\n', encoding="utf-8")
    [doc] = list(read_inputs([str(f)]))
    assert (doc.doc_id, doc.raw) == ("x\ufffd", "Troops \ufffd moved.")


def test_cli_published_must_be_a_date(tmp_path, capsys):
    from realpolitik.cli import main

    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    assert main(["run", str(f), "--published", "yesterday"]) == 2
    assert "not a date: yesterday" in capsys.readouterr().err


