"""`clean_document`: raw text -> clean article text, language, content hash; or a rejection."""

from __future__ import annotations

import hashlib

from realpolitik.clean.furniture import (
    breadcrumbs,
    furniture_lines,
    page_numbers,
    section_labels,
    teaser_blocks,
)
from realpolitik.clean.language import identify
from realpolitik.clean.lines import normalise_text
from realpolitik.clean.paragraphs import paragraphs
from realpolitik.clean.spam import spam_lines
from realpolitik.model import Document

# Every line rule, in no particular order: each returns the lines it condemns, and a line goes if
# any rule condemns it. Rules see the original lines, so none depends on another having run.
LINE_RULES = (page_numbers, furniture_lines, breadcrumbs, section_labels, teaser_blocks, spam_lines)

ENGLISH = "en"

# Longer than any news article (a long feature is ~100k characters) and spaCy's default
# `max_length` (1,000,000): such a "document" is a dump, not an article.
MAX_TEXT_CHARS = 1_000_000


def clean_text(raw: str) -> str:
    """The article text of `raw`: furniture and spam lines dropped, paragraphs re-joined."""
    lines = normalise_text(raw).split("\n")
    dropped: set[int] = set()
    for rule in LINE_RULES:
        dropped |= rule(lines)
    # A dropped line vanishes (it does not become a paragraph break), so a page number between
    # two halves of a wrapped paragraph does not split it.
    kept = [line for i, line in enumerate(lines) if i not in dropped]
    return "\n\n".join(paragraphs(kept))


def clean_document(doc: Document) -> Document:
    """Clean `doc.raw` into `doc.text`; set `content_hash` and `language`; reject when unusable."""
    if doc.status == "rejected":
        return doc
    doc.text = clean_text(doc.raw)
    doc.content_hash = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    if not doc.text:
        return doc.reject("empty: no text left after cleaning")
    if len(doc.text) > MAX_TEXT_CHARS:
        return doc.reject(f"too long for one article ({len(doc.text):,} characters)")
    declared = doc.language
    guessed, judged = identify(doc.text)
    if declared:
        # The input's own label wins: it is the publisher's or the user's word.
        doc.language = declared
    else:
        doc.language = guessed if (judged or guessed == ENGLISH) else None
    if doc.language and doc.language.split("-")[0] != ENGLISH and (judged or declared):
        return doc.reject(f"language: {doc.language} (not English)")
    return doc
