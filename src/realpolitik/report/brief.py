"""The brief: what a reader wants from the database, in HTML (`.html`) or Markdown (else)."""

from __future__ import annotations

import sys
from pathlib import Path

from realpolitik.report.data import load_brief_data
from realpolitik.report.html import render_html
from realpolitik.report.markdown import render_markdown
from realpolitik.report.sections import build_brief


def write_report(db: str | Path, out: str | Path | None = None) -> None:
    brief = build_brief(load_brief_data(db))
    if out is not None and Path(out).suffix.lower() in (".html", ".htm"):
        text = render_html(brief)
    else:
        text = render_markdown(brief)
    if out is None:
        sys.stdout.write(text)
    else:
        Path(out).write_text(text, encoding="utf-8")
