"""WARC input: every HTML response record is a page, named by its target URI."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from realpolitik.ingest.decode import UndecodableError
from realpolitik.ingest.html import decode_html, document_from_html
from realpolitik.model import Document

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc_stream(stream: IO[bytes], name: str, source: str) -> Iterator[Document]:
    """Pages from a WARC (plain or gzipped); other records (images, requests, metadata) are skipped.

    Error pages (HTTP 4xx/5xx) are rejected with their status; redirects are skipped since the page
    they point to is its own record.
    """
    n_records = 0
    try:
        for record in ArchiveIterator(stream):
            n_records += 1
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = (record.http_headers.get_header("Content-Type") or "").lower()
            if not content_type.startswith(HTML_TYPES):
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or f"{name}#{n_records}"
            status = record.http_headers.get_statuscode() or ""
            if status.startswith("3"):
                continue
            if not status.startswith("2"):
                yield Document(doc_id=uri, source=source, url=uri).reject(f"HTTP status {status}")
                continue
            payload = record.content_stream().read()
            try:
                html = decode_html(payload)
            except UndecodableError as err:
                yield Document(doc_id=uri, source=source, url=uri).reject(str(err))
                continue
            yield document_from_html(uri, source, html, url=uri)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as err:
        yield Document(doc_id=f"{name}#{n_records + 1}", source=source).reject(
            f"WARC record {n_records + 1}: archive is corrupt or truncated ({err})"
        )
