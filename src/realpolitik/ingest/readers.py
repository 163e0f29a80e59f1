"""Inputs -> `Document`s: paths, folders (recursive) and `-` (JSONL on stdin), streamed.

File types by name (case-insensitive): `.txt`; `.html`/`.htm`; `.jsonl`/`.jsonl.gz`;
`.warc`/`.warc.gz`. A file named on the command line with any other type is rejected ("unsupported
file type"). Inside a folder, hidden files and folders (`.git`, `.DS_Store`) are skipped, and so are
the files that usually sit beside data without being data (README, LICENSE, CHANGELOG, `*.md`);
any other file of unknown type is rejected with its reason, so that a folder of PDFs does not
silently produce nothing.
"""

from __future__ import annotations

import gzip
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from realpolitik.errors import UsageError
from realpolitik.ingest.decode import UndecodableError, decode_text
from realpolitik.ingest.html import decode_html, document_from_html
from realpolitik.ingest.jsonl import read_jsonl_lines
from realpolitik.ingest.warc import read_warc_stream
from realpolitik.model import Document

SUFFIXES = {
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".jsonl.gz": "jsonl",
    ".warc": "warc",
    ".warc.gz": "warc",
}

# Files found in folders that are documentation of the data, not data: skipped without a word.
_COMPANION_STEMS = ("readme", "license", "licence", "changelog", "notice", "authors")
_COMPANION_SUFFIXES = (".md", ".rst")

# A single .txt/.html file is one article; anything this large is not one (and would exceed the
# parser's limits). Large corpora belong in JSONL or WARC, which are streamed record by record.
MAX_SINGLE_DOCUMENT_BYTES = 20 * 1024 * 1024


def file_kind(path: Path) -> str | None:
    """'text', 'html', 'jsonl', 'warc', or None for an unsupported type."""
    name = path.name.lower()
    for suffix, kind in SUFFIXES.items():
        if name.endswith(suffix):
            return kind
    return None


def check_inputs(inputs: Sequence[str]) -> None:
    """Raise `UsageError` naming the first input path that does not exist."""
    for item in inputs:
        if item != "-" and not Path(item).exists():
            raise UsageError(f"{item}: no such file or directory")


def read_inputs(inputs: Sequence[str]) -> Iterator[Document]:
    """Every document of every input, in order; folders are walked in sorted order."""
    for item in inputs:
        if item == "-":
            yield from read_jsonl_lines(sys.stdin.buffer, "<stdin>", "<stdin>")
            continue
        path = Path(item)
        if path.is_dir():
            for f in walk_folder(path):
                yield from read_file(f, f.relative_to(path).as_posix(), in_folder=True)
        else:
            yield from read_file(path, item)


def walk_folder(folder: Path) -> Iterator[Path]:
    """Files under `folder`, recursively, sorted by path; hidden files and folders skipped."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def _is_companion_file(path: Path) -> bool:
    name = path.name.lower()
    return name.startswith(_COMPANION_STEMS) or name.endswith(_COMPANION_SUFFIXES)


def read_file(path: Path, doc_id: str, in_folder: bool = False) -> Iterator[Document]:
    """The documents in one file; problems become rejected documents named `doc_id`."""
    source = str(path)
    kind = file_kind(path)
    if kind is None:
        if not (in_folder and _is_companion_file(path)):
            suffix = "".join(path.suffixes[-2:]) or "no extension"
            yield Document(doc_id=doc_id, source=source).reject(
                f"unsupported file type ({suffix}); expected .txt, .html, .htm, .jsonl[.gz], "
                ".warc[.gz]"
            )
        return
    try:
        if kind == "jsonl":
            opener = gzip.open if path.name.lower().endswith(".gz") else open
            with opener(path, "rb") as lines:
                yield from read_jsonl_lines(lines, doc_id, source)
            return
        if kind == "warc":
            with open(path, "rb") as stream:  # warcio un-gzips .warc.gz record by record itself
                yield from read_warc_stream(stream, doc_id, source)
            return
        yield _read_single_document(path, doc_id, kind)
    except OSError as err:
        yield Document(doc_id=doc_id, source=source).reject(f"cannot read file: {_os_reason(err)}")


def _read_single_document(path: Path, doc_id: str, kind: str) -> Document:
    source = str(path)
    size = path.stat().st_size
    if size > MAX_SINGLE_DOCUMENT_BYTES:
        mb = size / 1024 / 1024
        return Document(doc_id=doc_id, source=source).reject(
            f"file too large for one document ({mb:.0f} MB); use JSONL or WARC for corpora"
        )
    data = path.read_bytes()
    if not data.strip():
        return Document(doc_id=doc_id, source=source).reject("empty file")
    try:
        text = decode_html(data) if kind == "html" else decode_text(data)
    except UndecodableError as err:
        return Document(doc_id=doc_id, source=source).reject(str(err))
    if kind == "html":
        return document_from_html(doc_id, source, text)
    return Document(doc_id=doc_id, source=source, raw=text)


def _os_reason(err: OSError) -> str:
    return err.strerror.lower() if err.strerror else type(err).__name__
