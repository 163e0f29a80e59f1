"""The brief (placeholder: the report work replaces this)."""

from __future__ import annotations

import sys
from pathlib import Path

from realpolitik.store import Store


def write_report(db: str | Path, out: str | Path | None = None) -> None:
    with Store(db, read_only=True) as store:
        counts = store.counts()
    text = "# realpolitik brief\n\n" + "\n".join(f"- {k}: {v}" for k, v in counts.items()) + "\n"
    if out is None:
        sys.stdout.write(text)
    else:
        Path(out).write_text(text, encoding="utf-8")
