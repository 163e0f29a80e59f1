"""Article extraction from HTML pages (trafilatura), metadata into `Document` fields."""

from __future__ import annotations

import logging
from datetime import date

from realpolitik.ingest.decode import SNIFF_BYTES, UndecodableError, looks_binary
from realpolitik.model import Document

# trafilatura logs its own complaints ("empty HTML tree", "discarding data") on stderr; we report
# an unusable page once, as the document's rejection reason.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

NO_ARTICLE = "no article text found in the page"
# When a page has no article, trafilatura's fallbacks still return what text they find: a menu
# item, a cookie notice. Fewer words than a one-sentence news flash is not an article.
MIN_ARTICLE_WORDS = 8


def decode_html(data: bytes) -> str:
    """Decode a page, guessing its charset (meta tag, then detection); binary raises."""
    if looks_binary(data[:SNIFF_BYTES]):
        raise UndecodableError("binary file, not text")
    from trafilatura.utils import decode_file  # imported at first use (see `document_from_html`)

    return decode_file(data)


def parse_iso_date(value: object) -> date | None:
    """`2024-02-13`, `2024-02-13T10:00:00Z` and the like -> date; anything else -> None."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def document_from_html(doc_id: str, source: str, html: str, url: str | None = None) -> Document:
    """A page as a `Document`: `raw` is the extracted article, `html` the page; rejected if none."""
    # trafilatura is imported here, not with the module: `run` imports the readers to check its
    # inputs before it reads them in another process, and pages may never come.
    import trafilatura

    doc = Document(doc_id=doc_id, source=source, html=html, url=url)
    try:
        extracted = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as err:  # noqa: BLE001 - a page trafilatura chokes on is a bad input, not a crash
        return doc.reject(f"cannot parse HTML ({type(err).__name__})")
    if extracted is None:
        return doc.reject(NO_ARTICLE)
    meta = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = (meta.get("text") or "").strip()
    if len(text.split()) < MIN_ARTICLE_WORDS:
        return doc.reject(NO_ARTICLE)
    doc.raw = text
    doc.title = meta.get("title") or None
    doc.url = url or meta.get("url") or None
    doc.outlet = meta.get("sitename") or None
    doc.published = parse_iso_date(meta.get("date"))
    return doc
