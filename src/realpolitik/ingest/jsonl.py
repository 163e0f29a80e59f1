"""JSONL input: one document a line, streamed (a 200 MB file never sits in memory)."""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Iterable, Iterator
from typing import Any

from realpolitik.ingest.html import document_from_html, parse_iso_date
from realpolitik.model import Document


def clean_string(text: str) -> str:
    """`text` with lone surrogates (JSON `\\ud800` escapes of no character) replaced by U+FFFD.

    Such a string cannot be encoded, so no database or file would take it.
    """
    return _SURROGATE.sub("\ufffd", text)


_SURROGATE = re.compile("[\ud800-\udfff]")


def text_field(value: Any) -> str | None:
    """A metadata value as stripped text, or None when missing or blank."""
    if value is None or isinstance(value, dict | list):
        return None
    text = clean_string(str(value)).strip()
    return text or None



def document_from_record(
    record: dict[str, Any], fallback_id: str, source: str, lineno: int
) -> Document:
    """One JSONL record (line `lineno`) as a `Document`; `fallback_id` names it when it has no `id`."""
    doc_id = text_field(record.get("id")) or fallback_id
    text, html = record.get("text"), record.get("html")
    text = clean_string(text) if isinstance(text, str) else text
    html = clean_string(html) if isinstance(html, str) else html
    if isinstance(text, str) and text.strip():
        doc = Document(doc_id=doc_id, source=source, raw=text)
    elif isinstance(html, str) and html.strip():
        doc = document_from_html(doc_id, source, html, url=text_field(record.get("url")))
    else:
        return Document(doc_id=doc_id, source=source).reject(
            f"line {lineno}: record has neither text nor html"
        )
    # The record's own metadata wins over what extraction guessed from the page.
    doc.title = text_field(record.get("title")) or doc.title
    doc.url = text_field(record.get("url")) or doc.url
    doc.published = parse_iso_date(record.get("published")) or doc.published
    doc.outlet = text_field(record.get("outlet")) or doc.outlet
    language = text_field(record.get("language"))
    doc.language = language.lower() if language else None
    return doc


def read_jsonl_lines(lines: Iterable[bytes], name: str, source: str) -> Iterator[Document]:
    """Documents from JSONL lines; a broken line becomes a rejected document `name:lineno`."""
    lineno = 0
    records = 0
    try:
        for lineno, line in enumerate(lines, start=1):  # noqa: B007 - lineno is read after the loop
            if not line.strip():
                continue
            records += 1
            line_id = f"{name}:{lineno}"
            try:
                record = json.loads(line.decode("utf-8", errors="replace"))
            except json.JSONDecodeError as err:
                yield Document(doc_id=line_id, source=source).reject(
                    f"line {lineno}: invalid JSON ({err.msg} at column {err.colno})"
                )
                continue
            if not isinstance(record, dict):
                yield Document(doc_id=line_id, source=source).reject(
                    f"line {lineno}: expected a JSON object, got {type(record).__name__}"
                )
                continue
            yield document_from_record(record, line_id, source, lineno)
    except (OSError, EOFError, zlib.error) as err:
        # A truncated or corrupt .gz: keep what was read, name where it broke.
        yield Document(doc_id=f"{name}:{lineno + 1}", source=source).reject(
            f"line {lineno + 1}: file is corrupt or truncated ({err})"
        )
        return
    if records == 0:  # said, so that an empty feed is not taken for a processed one
        yield Document(doc_id=name, source=source).reject("empty: no JSON lines")
