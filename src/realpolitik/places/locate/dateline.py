"""The place of a document's dateline ("KABUL, Afghanistan (AP) —")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from realpolitik.model import PlaceMention
from realpolitik.places.locate.memo import per_document

# After a dateline's place: an optional ", State" or ", Country", an optional "(AP)", a dash.
_DATELINE_TAIL = re.compile(
    r"(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*(?:\([^)\n]{1,20}\))?\s*[-\u2013\u2014:]"
)
DATELINE_REACH = 120  # characters from the start of the text (or of its first line of body)


def dateline_place(sdoc: Doc, places: list[PlaceMention]) -> PlaceMention | None:
    """The place of a dateline: a place name near the start followed by a dash."""
    # Once per document (every sentence's `place_index` asks for it).
    return per_document(sdoc, "dateline", places, lambda: _dateline_place(sdoc, places))


def _dateline_place(sdoc: Doc, places: list[PlaceMention]) -> PlaceMention | None:
    n = 0
    while n < len(sdoc) and sdoc[n].idx < DATELINE_REACH + 80:
        n += 1
    text = sdoc[:n].text_with_ws  # the opening only: Doc.text would rebuild the whole text
    for p in sorted(places, key=lambda p: p.char_start):
        if p.char_start > DATELINE_REACH:
            break
        line_start = text.rfind("\n", 0, p.char_start) + 1
        if text[line_start : p.char_start].strip():
            continue  # a dateline opens its line
        if _DATELINE_TAIL.match(text, p.char_end):
            return p
    return None
