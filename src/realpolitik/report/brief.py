"""The brief: what a reader wants from the database, in HTML (`.html`) or Markdown (`.md`)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from realpolitik.errors import UsageError
from realpolitik.export.output import check_output, is_stdout, open_text
from realpolitik.report.data import load_brief_data
from realpolitik.report.html import render_html
from realpolitik.report.markdown import render_markdown
from realpolitik.report.safe_markdown import neutralise_markdown
from realpolitik.report.sections import build_brief

HTML_SUFFIXES = (".html", ".htm")
MARKDOWN_SUFFIXES = (".md", ".markdown")


def report_format(out: str | Path | None) -> str:
    """"html" or "markdown" from the output name; anything else is a usage error."""
    if is_stdout(out):
        return "markdown"
    suffix = Path(str(out)).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    raise UsageError(
        f"{out}: the report is written as .html or .md (Markdown); "
        f"{suffix or 'no suffix'} is not supported"
    )


def render_report(db: str | Path, fmt: str = "markdown", filters: Any = None) -> str:
    """The brief of the database (restricted to the events that pass `filters`) as text."""
    brief = build_brief(load_brief_data(db, filters))
    if fmt == "html":
        return render_html(brief)
    # Article text, titles and names are untrusted: no raw HTML or link syntax passes through.
    return neutralise_markdown(render_markdown(brief))


def write_report(db: str | Path, out: str | Path | None = None, filters: Any = None) -> None:
    fmt = report_format(out)
    check_output(out)
    text = render_report(db, fmt, filters)
    if is_stdout(out):
        sys.stdout.write(text)
        return
    with open_text(out) as fh:
        fh.write(text)
