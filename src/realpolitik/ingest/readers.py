"""Readers per input format (placeholder: plain text files only; the ingest work replaces this)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from realpolitik.errors import UsageError
from realpolitik.model import Document


def check_inputs(inputs: Sequence[str]) -> None:
    """Raise `UsageError` naming the first input path that does not exist."""
    for item in inputs:
        if item != "-" and not Path(item).exists():
            raise UsageError(f"{item}: no such file or directory")


def read_inputs(inputs: Sequence[str]) -> Iterator[Document]:
    for item in inputs:
        path = Path(item)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for f in files:
            doc_id = str(f.relative_to(path)) if path.is_dir() else item
            yield Document(doc_id=doc_id, source=str(f), raw=f.read_text(errors="replace"))
