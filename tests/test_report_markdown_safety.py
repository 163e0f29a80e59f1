"""The Markdown brief never lets article text through as HTML or links."""

from __future__ import annotations

import re

import pytest
from export_fixtures import write_db
from markdown_it import MarkdownIt
from seedlike import make_event

from realpolitik.report.brief import render_report
from realpolitik.report.safe_markdown import neutralise_markdown

HOSTILE = (
    "Gunmen <script>alert(1)</script> attacked <img src=x onerror=alert(2)> the post, "
    "see [the video](javascript:alert(3)) or <javascript:alert(4)> and [ref] javascript:alert(5)."
)


def _tags(html: str) -> list[str]:
    return re.findall(r"<[^>]*>", html)


def test_report_markdown_neutralises_html_and_link_syntax():
    out = neutralise_markdown(HOSTILE)
    assert "<" not in out and "[" not in out and "]" not in out
    assert "javascript:" not in out.lower()
    rendered = MarkdownIt("commonmark").render(out)
    assert all(t in ("<p>", "</p>") for t in _tags(rendered)), _tags(rendered)
    assert "&lt;script&gt;" in rendered  # still readable as text


def test_report_markdown_keeps_its_own_markup():
    text = "# Title\n\n| a | b |\n|---|---|\n| 1 | x \\| y |\n\n  > “quote” — doc\n\n**bold** `e1`\n"
    assert neutralise_markdown(text) == text


@pytest.mark.parametrize("where", ["sentence", "doc_id", "name"])
def test_report_markdown_of_a_hostile_article_renders_no_script_or_link(tmp_path, where):
    sentence = HOSTILE if where == "sentence" else "Gunmen attacked the post."
    doc_id = f"https://example.org/{HOSTILE}" if where == "doc_id" else "news/h.txt"
    event = make_event("h1", "ASSAULT", 4, ["TALIBAN"], ["PAK"], "2024-01-05",
                       sentence=sentence, doc_ids=(doc_id,), confidence=0.9)  # fmt: skip
    if where == "name":
        event.source[0].name = HOSTILE
    db = write_db(tmp_path / "h.duckdb", [event])
    markdown = render_report(db, "markdown")
    assert "&lt;script>alert(1)" in markdown  # the hostile text is shown, as text
    html = MarkdownIt("commonmark").enable("table").render(markdown)
    tags = " ".join(_tags(html)).lower()
    assert "<script" not in tags and "<img" not in tags and "onerror" not in tags
    assert "javascript:" not in tags and "<a " not in tags


def test_report_markdown_markup_itself_never_uses_the_neutralised_characters(tmp_path):
    """neutralise_markdown relies on it: with plain data, no `<`, `&`, `[` or `]` in the brief."""
    from export_fixtures import seed_like_db

    from realpolitik.report.data import load_brief_data
    from realpolitik.report.markdown import render_markdown
    from realpolitik.report.sections import build_brief

    raw = render_markdown(build_brief(load_brief_data(seed_like_db(tmp_path))))
    assert not set("<&[]") & set(raw)
    assert neutralise_markdown(raw) == raw
