"""Inputs -> `Document`s: paths, folders (recursive) and `-` (JSONL on stdin), streamed.

File types by name (case-insensitive): `.txt`; `.html`/`.htm`; `.jsonl`/`.jsonl.gz`;
`.warc`/`.warc.gz`. A file named on the command line with any other type is rejected ("unsupported
file type"). Inside a folder, hidden files and folders (`.git`, `.DS_Store`) are skipped, and so are
the files that usually sit beside data without being data (README, LICENSE, CHANGELOG, `*.md`);
any other file of unknown type is rejected with its reason, so that a folder of PDFs does not
silently produce nothing.

A `.txt` file may have a sidecar `NAME.meta.json` beside it (`title`, `url`, `published`,
`outlet`, `language`); documents without a date of their own get one from a dateline at the top
of their text, else from `published` (the run's `--published`): see `realpolitik.ingest.dates`.

File names are ids: a name whose bytes are not UTF-8 keeps them as `\\xNN` escapes in its id and
source (the file itself is read by its real name).

An input with a scheme (`file:///data/news`, `memory://corpus`, `s3://bucket/news` where the
fsspec file system for it is installed) is read through fsspec with the same rules: a folder is
walked in the same order, ids are paths relative to it, a single file's id is the URL as given.
"""

from __future__ import annotations

import gzip
import json
import os
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from realpolitik.errors import UsageError
from realpolitik.ingest.dates import dateline_date
from realpolitik.ingest.decode import UndecodableError, decode_text
from realpolitik.ingest.html import decode_html, document_from_html, parse_iso_date
from realpolitik.ingest.jsonl import read_jsonl_lines, text_field
from realpolitik.ingest.urls import UrlPath, is_url, open_url
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

SIDECAR_SUFFIX = ".meta.json"
SIDECAR_FIELDS = ("title", "url", "published", "outlet", "language")
# A sidecar holds a few fields of metadata; anything larger is not one.
MAX_SIDECAR_BYTES = 64 * 1024

# A single .txt/.html file is one article; anything this large is not one (and would exceed the
# parser's limits). Large corpora belong in JSONL or WARC, which are streamed record by record.
MAX_SINGLE_DOCUMENT_BYTES = 20 * 1024 * 1024


def file_kind(path: Path | UrlPath) -> str | None:
    """'text', 'html', 'jsonl', 'warc', or None for an unsupported type."""
    name = path.name.lower()
    for suffix, kind in SUFFIXES.items():
        if name.endswith(suffix):
            return kind
    return None


def name_of(path: str | Path | UrlPath) -> str:
    """A path as text that is always valid UTF-8: bytes that are not UTF-8 become `\\xNN`.

    Python hands such bytes over as lone surrogates, which no database, JSON file or terminal
    accepts; the escape keeps the name readable and distinct.
    """
    if isinstance(path, UrlPath):
        return path.url
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def check_inputs(inputs: Sequence[str]) -> None:
    """Raise `UsageError` naming the first input path or URL that does not exist (or whose URL
    scheme no installed file system reads)."""
    for item in inputs:
        if item == "-":
            continue
        exists = open_url(item).exists() if is_url(item) else Path(item).exists()
        if not exists:
            raise UsageError(f"{name_of(item)}: no such file or directory")


def read_inputs(inputs: Sequence[str], published: date | None = None) -> Iterator[Document]:
    """Every document of every input, in order; folders are walked in sorted order.

    `published`: the date of the documents that carry none of their own (the run's
    `--published`); a dateline at the top of a text wins over it. A dateline's slashed date of
    no telling order is read nearest to `published`, else to the last document's date.
    """
    previous: date | None = None  # the last date a document of this run had
    for doc in _read_all(inputs):
        if doc.status == "ok" and doc.published is None:
            doc.published = dateline_date(doc.raw, published, previous) or published
        if isinstance(doc.published, date):
            previous = doc.published
        yield doc


def _read_all(inputs: Sequence[str]) -> Iterator[Document]:
    for item in inputs:
        if item == "-":
            yield from read_jsonl_lines(sys.stdin.buffer, "<stdin>", "<stdin>")
            continue
        if is_url(item):
            url = open_url(item)
            if url.is_dir():
                for u in url.walk():
                    yield from read_file(u, url.relative(u), in_folder=True)
            else:
                yield from read_file(url, item)
            continue
        path = Path(item)
        if path.is_dir():
            for f in walk_folder(path):
                yield from read_file(f, name_of(f.relative_to(path).as_posix()), in_folder=True)
        else:
            yield from read_file(path, name_of(item))


def walk_folder(folder: Path) -> Iterator[Path]:
    """Files under `folder`, recursively, sorted by path; hidden files and folders skipped."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def _is_companion_file(path: Path | UrlPath) -> bool:
    name = path.name.lower()
    return name.startswith(_COMPANION_STEMS) or name.endswith(_COMPANION_SUFFIXES)


def _text_of_sidecar(path: Path | UrlPath) -> Path | UrlPath | None:
    """For `x.meta.json`, the `x.txt` beside it (whatever the case of its suffix), else None."""
    if not path.name.lower().endswith(SIDECAR_SUFFIX):
        return None
    stem = path.name[: -len(SIDECAR_SUFFIX)]
    for suffix in (".txt", ".TXT", ".Txt"):
        candidate = path.with_name(stem + suffix)
        if candidate.is_file():
            return candidate
    return None


def read_file(path: Path | UrlPath, doc_id: str, in_folder: bool = False) -> Iterator[Document]:
    """The documents in one file; problems become rejected documents named `doc_id`."""
    source = name_of(path)
    kind = file_kind(path)
    if kind is None:
        if in_folder and _text_of_sidecar(path) is not None:
            return  # read with its text file
        if not (in_folder and _is_companion_file(path)):
            suffix = "".join(Path(source).suffixes[-2:]) or "no extension"
            yield Document(doc_id=doc_id, source=source).reject(
                f"unsupported file type ({suffix}); expected .txt, .html, .htm, .jsonl[.gz], "
                ".warc[.gz]"
            )
        return
    try:
        if kind == "jsonl":
            with path.open("rb") as stream:
                if path.name.lower().endswith(".gz"):
                    with gzip.GzipFile(fileobj=stream) as lines:
                        yield from read_jsonl_lines(lines, doc_id, source)
                else:
                    yield from read_jsonl_lines(stream, doc_id, source)
            return
        if kind == "warc":
            with path.open("rb") as stream:
                yield from read_warc_stream(stream, doc_id, source)
            return
        doc = _read_single_document(path, doc_id, kind)
        if kind == "text" and doc.status == "ok":
            _apply_sidecar(doc, path)
        yield doc
    except OSError as err:
        yield Document(doc_id=doc_id, source=source).reject(f"cannot read file: {_os_reason(err)}")


def _read_single_document(path: Path | UrlPath, doc_id: str, kind: str) -> Document:
    source = name_of(path)
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


def _sidecar_of(path: Path | UrlPath) -> Path | UrlPath | None:
    stem = path.name[: -len(".txt")]
    sidecar = path.with_name(stem + SIDECAR_SUFFIX)
    return sidecar if sidecar.is_file() else None


def _apply_sidecar(doc: Document, path: Path | UrlPath) -> None:
    """Fill `doc`'s metadata from `NAME.meta.json` beside `NAME.txt`; a bad sidecar rejects it.

    A sidecar that cannot be used is the user's mistake to fix, and is said so, rather than the
    document silently losing the date it was given.
    """
    sidecar = _sidecar_of(path)
    if sidecar is None:
        return
    label = f"sidecar {name_of(sidecar.name)}"
    try:
        if sidecar.stat().st_size > MAX_SIDECAR_BYTES:
            doc.reject(f"{label}: too large for metadata")
            return
        meta: Any = json.loads(sidecar.read_bytes().decode("utf-8", errors="replace"))
    except OSError as err:
        doc.reject(f"{label}: cannot read file: {_os_reason(err)}")
        return
    except json.JSONDecodeError as err:
        doc.reject(f"{label}: invalid JSON ({err.msg} at line {err.lineno})")
        return
    if not isinstance(meta, dict):
        doc.reject(f"{label}: expected a JSON object, got {type(meta).__name__}")
        return
    if meta.get("published") is not None:
        published = parse_iso_date(meta["published"])
        if published is None:
            doc.reject(f"{label}: published is not an ISO date ({str(meta['published'])[:40]})")
            return
        doc.published = published
    doc.title = text_field(meta.get("title")) or doc.title
    doc.url = text_field(meta.get("url")) or doc.url
    doc.outlet = text_field(meta.get("outlet")) or doc.outlet
    language = text_field(meta.get("language"))
    doc.language = language.lower() if language else doc.language
