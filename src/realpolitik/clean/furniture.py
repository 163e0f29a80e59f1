"""Page furniture: site chrome around the article (bylines, widgets, breadcrumbs, page numbers).

Each rule takes the document's lines and returns the indices of lines to drop. Rules judge whole
lines by their shape and by the vocabularies in `data/clean/`; a sentence that merely contains a
furniture word is never touched.
"""

from __future__ import annotations

import re

from realpolitik.clean.lines import ends_sentence, ends_with_ellipsis, words
from realpolitik.clean.vocab import furniture_pattern, teaser_heading_pattern

# "/129", "12", "12/40", "- 12 -", "Page 3", "Page 3 of 9", "p. 4": a page counter on its own line.
_PAGE_NUMBER = re.compile(
    r"^(page|p\.|pg\.?)?\s*[-–/|]?\s*\d{1,4}\s*((/|of)\s*\d{1,4})?\s*[-–|]?$", re.IGNORECASE
)
# Breadcrumb separators, with spaces around them so that "Af-Pak" or "24/7" are not split.
_BREADCRUMB_SEPARATOR = re.compile(r"\s+[/›»>|]\s+")
_BREADCRUMB_ROOTS = ("home", "homepage", "start", "main")
# Most breadcrumb trails are 2-5 levels of 1-10 words; the last level is often the headline.
BREADCRUMB_MAX_WORDS_PER_LEVEL = 12
# Teaser widgets show a handful of items; a longer run after the heading is probably the article.
TEASER_MAX_LINES = 12
# A teaser title is a headline: a line of at most this many words that does not end a sentence.
TEASER_TITLE_MAX_WORDS = 20


def page_numbers(lines: list[str]) -> set[int]:
    return {i for i, line in enumerate(lines) if line and _PAGE_NUMBER.match(line)}


def furniture_lines(lines: list[str]) -> set[int]:
    pattern = furniture_pattern()
    return {i for i, line in enumerate(lines) if line and pattern.match(line)}


def breadcrumbs(lines: list[str]) -> set[int]:
    """'Home / Section / Headline': levels joined by separators, rooted at Home or 3+ deep."""
    found = set()
    for i, line in enumerate(lines):
        levels = _BREADCRUMB_SEPARATOR.split(line)
        if len(levels) < 2 or ends_sentence(line):
            continue
        if any(not lv or len(words(lv)) > BREADCRUMB_MAX_WORDS_PER_LEVEL for lv in levels):
            continue
        if levels[0].lower() in _BREADCRUMB_ROOTS or len(levels) >= 3:
            found.add(i)
    return found


def section_labels(lines: list[str]) -> set[int]:
    """A single word standing alone as a paragraph ('ASIA', 'World', 'Advertisement').

    Only where it cannot be the tail of a wrapped sentence: the line before it is blank, missing,
    or ends a sentence; and it has no sentence punctuation of its own.
    """
    found = set()
    for i, line in enumerate(lines):
        if len(words(line)) != 1 or ends_sentence(line) or not any(c.isalpha() for c in line):
            continue
        previous = lines[i - 1] if i > 0 else ""
        if not previous or ends_sentence(previous):
            found.add(i)
    return found


def teaser_blocks(lines: list[str]) -> set[int]:
    """A 'Check Also' / 'Related posts' heading and the teasers under it (titles, cut-off snippets)."""
    heading = teaser_heading_pattern()
    found: set[int] = set()
    for i, line in enumerate(lines):
        if not line or not heading.match(line):
            continue
        found.add(i)
        taken = 0
        for j in range(i + 1, len(lines)):
            item = lines[j]
            if not item:
                continue
            is_title = len(words(item)) <= TEASER_TITLE_MAX_WORDS and not ends_sentence(item)
            if taken >= TEASER_MAX_LINES or not (is_title or ends_with_ellipsis(item)):
                break
            found.add(j)
            taken += 1
    return found
