"""Where an event happened: the place its sentence attaches to it, else one from its surroundings.

`place_index` maps a sentence's tokens to the place mentions that cover them (the events stage
walks the parse from a trigger to a locative preposition's object). When the sentence names no
place at all, the index also holds, under `FALLBACK`, the nearest compatible place before the
sentence in the same paragraph, else the document's dateline ("KABUL, Afghanistan (AP) —").
The fallback keeps its own precision (a city, a division, a country), so a reader sees how far
the location can be trusted.

Compatible: a place named as where something is or happens, the object of a locative preposition
("in Kabul", "at a Kabul mosque"). A name inside another entity ("the Pakistan Army"), a
clause's actor ("Pakistan said ...": the country acting stays the actor) or a destination ("a
visit to Afghanistan") says nothing about where the next sentence's event happened.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span

from realpolitik.model import PlaceMention

FALLBACK = -1  # no token has this index: the key of the fallback place in a place index
# Entity labels a place name may carry and still be a place (spaCy's small models tag towns
# PERSON and sometimes ORG; an ORG spanning more than the name is an organisation).
PLACE_ENTITY_LABELS = {"GPE", "LOC", "FAC", "PERSON", ""}
LOCATIVE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "around", "across", "throughout"}
# After a dateline's place: an optional ", State" or ", Country", an optional "(AP)", a dash.
_DATELINE_TAIL = re.compile(
    r"(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*(?:\([^)\n]{1,20}\))?\s*[-\u2013\u2014:]"
)
DATELINE_REACH = 120  # characters from the start of the text (or of its first line of body)


@lru_cache(maxsize=1)
def _place_object_verbs() -> frozenset[str]:
    path = Path(__file__).resolve().parents[1] / "data" / "places" / "place_object_verbs.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def takes_place_object(lemma: str) -> bool:
    """A verb whose direct object, when a city or country, is where it happened ("visited Kabul")."""
    return lemma.lower() in _place_object_verbs()


def place_index(sent: Span, places: list[PlaceMention]) -> dict[int, PlaceMention]:
    """The sentence's token indexes -> place mentions, plus the fallback place if it names none."""
    out: dict[int, PlaceMention] = {}
    inside = [p for p in places if p.char_start < sent.end_char and p.char_end > sent.start_char]
    for tok in sent:
        for p in inside:
            if p.char_start <= tok.idx < p.char_end:
                out[tok.i] = p
    if not inside:
        fallback = nearest_place(sent, places) or dateline_place(sent.doc, places)
        if fallback is not None:
            out[FALLBACK] = fallback
    return out


def nearest_place(sent: Span, places: list[PlaceMention]) -> PlaceMention | None:
    """The last compatible place before the sentence in its paragraph (paragraphs: blank-line or
    line-break separated blocks)."""
    paragraph_start = 0
    for token in reversed(sent.doc[: sent.start]):  # Doc.text would rebuild the whole text
        if "\n" in token.text_with_ws:
            paragraph_start = token.idx + len(token.text_with_ws)
            break
    before = [
        p
        for p in places
        if paragraph_start <= p.char_start and p.char_end <= sent.start_char
        and is_compatible(sent.doc, p)
    ]  # fmt: skip
    return max(before, key=lambda p: p.char_start, default=None)


def dateline_place(sdoc: Doc, places: list[PlaceMention]) -> PlaceMention | None:
    """The place of a dateline: a place name near the start followed by a dash."""
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


def is_compatible(sdoc: Doc, place: PlaceMention) -> bool:
    """A place named as where something is: the object of a locative preposition."""
    span = sdoc.char_span(place.char_start, place.char_end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    labels = {t.ent_type_ for t in span}
    if labels - PLACE_ENTITY_LABELS:
        return False
    token = span.root
    while token.dep_ in {"compound", "amod", "nmod", "poss"} and token.head is not token:
        token = token.head  # "at a Kabul mosque": the mosque is where
    if token.dep_ != "pobj" or token.head.lower_ not in LOCATIVE_PREPOSITIONS:
        return False
    # Where something happened: the preposition hangs on a clause's verb ("gathered in Lahore"),
    # not on a noun ("the vacuum in the Middle East") or a describing participle ("the regime
    # based in Kabul").
    governor = token.head.head
    return governor.pos_ in {"VERB", "AUX"} and governor.dep_ not in {"acl", "amod", "relcl"}
