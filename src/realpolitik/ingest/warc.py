"""WARC input: every HTML response record is a page, named by its target URI.

warcio is lenient by design (it reads what it can and warns on standard error); an archive here
is either read whole or rejected by name where it breaks: a file that is neither gzip nor starts
with a `WARC/` header, a truncated gzip stream, a record shorter than its `Content-Length`.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import zlib
from collections.abc import Iterator
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from realpolitik.ingest.decode import UndecodableError
from realpolitik.ingest.html import decode_html, document_from_html
from realpolitik.model import Document

HTML_TYPES = ("text/html", "application/xhtml+xml")
GZIP_MAGIC = b"\x1f\x8b"
# Enough of the (decompressed) start to see the version line after stray blank lines.
HEAD_BYTES = 64
# warcio's own complaints are quoted in our reasons; the first line it echoes can be a whole
# binary file, so it is cut.
MAX_DETAIL = 120

_STREAM_ERRORS = (OSError, EOFError, zlib.error)


class _Guarded:
    """A stream whose read errors (truncated or corrupt gzip) end it quietly and are kept.

    warcio treats an `EOFError` from below as the archive's end, so a truncated file would look
    complete; the error kept here tells the two apart.
    """

    def __init__(self, inner: IO[bytes] | gzip.GzipFile) -> None:
        self.inner = inner
        self.error: BaseException | None = None

    def read(self, size: int | None = -1) -> bytes:
        if self.error is not None:
            return b""
        try:
            # `read1` returns what one step decoded: the records before a truncated gzip member
            # come out before the error, where `read` would drop them with it.
            if isinstance(self.inner, gzip.GzipFile):
                return self.inner.read1(-1 if size is None else size)
            return self.inner.read(-1 if size is None else size)
        except _STREAM_ERRORS as err:
            self.error = err
            return b""

    def close(self) -> None:
        self.inner.close()


def _detail(err: BaseException) -> str:
    text = str(err) or type(err).__name__
    return text if len(text) <= MAX_DETAIL else text[: MAX_DETAIL - 1] + "…"


def read_warc_stream(stream: IO[bytes], name: str, source: str) -> Iterator[Document]:
    """Pages from a WARC (plain or gzipped); other records (images, requests, metadata) are skipped.

    Error pages (HTTP 4xx/5xx) are rejected with their status; redirects are skipped since the page
    they point to is its own record. A broken archive yields the pages before the break and then
    one rejected document `name#N` naming record N and the reason.
    """

    def broken(n: int, reason: str) -> Document:
        return Document(doc_id=f"{name}#{n}", source=source).reject(f"WARC record {n}: {reason}")

    head = stream.read(HEAD_BYTES)
    if not head.strip():
        yield Document(doc_id=name, source=source).reject("empty file")
        return
    gzipped = head.startswith(GZIP_MAGIC)
    first = head
    if gzipped:
        stream.seek(0)
        probe = _Guarded(gzip.GzipFile(fileobj=stream, mode="rb"))
        first = probe.read(HEAD_BYTES)
        if probe.error is not None and not first:
            yield broken(1, f"not a readable gzip file ({_detail(probe.error)})")
            return
    if not first.lstrip().startswith(b"WARC/"):
        what = "gzip data" if gzipped else "file"
        yield Document(doc_id=name, source=source).reject(
            f"not a WARC archive ({what} does not start with a WARC/ version line)"
        )
        return
    stream.seek(0)
    body = _Guarded(gzip.GzipFile(fileobj=stream, mode="rb") if gzipped else stream)
    records = ArchiveIterator(body)
    n_records = 0
    n_pages = 0
    try:
        while True:
            warnings = io.StringIO()
            with contextlib.redirect_stderr(warnings):
                record = next(records, None)
            if warnings.getvalue():
                yield broken(n_records + 1, _truncation_reason(None, warnings.getvalue()))
                return
            if record is None:
                if body.error is not None:
                    yield broken(n_records + 1, _truncation_reason(body.error, ""))
                elif n_pages == 0:
                    yield Document(doc_id=name, source=source).reject(
                        f"no HTML page in the archive ({n_records} records)"
                    )
                return
            n_records += 1
            doc = _page(record, name, n_records, source)
            if _short(record):
                yield broken(n_records, _truncation_reason(body.error, ""))
                return
            if doc is not None:
                n_pages += 1
                yield doc
    except (ArchiveLoadFailed, ValueError, AttributeError, *_STREAM_ERRORS) as err:
        # AttributeError: warcio meets a record header it cannot parse (seen on truncated gzip).
        yield broken(n_records + 1, f"archive is corrupt or truncated ({_detail(err)})")


def _truncation_reason(error: BaseException | None, warnings: str) -> str:
    if error is not None:
        return f"archive is corrupt or truncated ({_detail(error)})"
    if warnings:
        return "archive is corrupt (a record's length does not match its content)"
    return "archive is truncated (a record is shorter than its Content-Length)"


def _short(record: Any) -> bool:
    """True when the record's block ended before its declared length (the file was cut)."""
    raw = record.raw_stream
    while raw.read(65536):
        pass
    return bool(getattr(raw, "limit", 0))


def _page(record: Any, name: str, n: int, source: str) -> Document | None:
    """The page a record holds, a rejected page, or None for a record that is not a page."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if not content_type.startswith(HTML_TYPES):
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or f"{name}#{n}"
    status = record.http_headers.get_statuscode() or ""
    if status.startswith("3"):
        return None
    if not status.startswith("2"):
        return Document(doc_id=uri, source=source, url=uri).reject(f"HTTP status {status}")
    payload = record.content_stream().read()
    try:
        html = decode_html(payload)
    except UndecodableError as err:
        return Document(doc_id=uri, source=source, url=uri).reject(str(err))
    return document_from_html(uri, source, html, url=uri)
