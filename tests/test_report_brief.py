"""The brief: sections, pictures, citations, escaping, an empty database."""

from __future__ import annotations

from seedlike import write_seed_like_db

from realpolitik.model import Document, DocumentAnalysis
from realpolitik.report import write_report
from realpolitik.store import Store


def test_report_html_has_sections_pictures_and_citations(tmp_path):
    db = tmp_path / "t.duckdb"
    write_seed_like_db(str(db))
    out = tmp_path / "brief.html"
    write_report(db, out)
    html = out.read_text(encoding="utf-8")
    for heading in ("Fronts", "Main actors", "Key events", "Claims and denials",
                    "Relations over time", "Timeline"):  # fmt: skip
        assert f"<h2>{heading}</h2>" in html
    assert html.count("<svg") == 2
    assert "seeds/000.txt, seeds/001.txt" in html  # one quote citing both documents
    assert "Rahmon met with the Director General" in html
    assert "Kabul&#x27;s interim government denied" in html  # escaped
    assert "<script" not in html and "http" not in html.replace("http://www.w3.org/2000/svg", "")


def test_report_markdown_to_file_and_stdout(tmp_path, capsys):
    db = tmp_path / "t.duckdb"
    write_seed_like_db(str(db))
    write_report(db, tmp_path / "brief.md")
    text = (tmp_path / "brief.md").read_text(encoding="utf-8")
    assert text.startswith("# realpolitik brief") and "## Fronts" in text and "### Camp" in text
    write_report(db, None)
    assert capsys.readouterr().out == text


def test_report_empty_database(tmp_path):
    db = tmp_path / "empty.duckdb"
    Store(db).close()
    write_report(db, tmp_path / "brief.html")
    html = (tmp_path / "brief.html").read_text(encoding="utf-8")
    assert "No events reported" in html and "no fronts" in html
    write_report(db, tmp_path / "brief.md")
    assert "No events yet." in (tmp_path / "brief.md").read_text(encoding="utf-8")


def test_report_escapes_document_text(tmp_path):
    db = tmp_path / "t.duckdb"
    write_seed_like_db(str(db))
    with Store(db) as store:
        doc = Document("seeds/000.txt", "x", text="t", title="<b>bold</b> & co")
        store.write_batch([doc], [DocumentAnalysis(doc)])
    write_report(db, tmp_path / "brief.html")
    html = (tmp_path / "brief.html").read_text(encoding="utf-8")
    assert "<b>bold</b>" not in html and "&lt;b&gt;bold&lt;/b&gt; &amp; co" in html
