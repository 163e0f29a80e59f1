"""Place-name spans in a parsed document: spaCy's GPE/LOC/FAC entities plus our small-place list.

Offsets are exact character offsets into the document text (spaCy's `Doc` keeps them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from realpolitik.places.gazetteer import Gazetteer
from realpolitik.places.names import name_key

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# spaCy often labels a country or city ORG when it acts ("Pakistan said", "Canada beat ...") and
# sometimes NORP ("Tajikistan hosts ..."): such an entity that is exactly a well-known place
# name is taken as that place. Demonyms ("Afghan") are no place's name, so they stay out.
METONYM_LABELS = {"ORG", "NORP"}
# Small models tag border crossings and valleys as ORG or PERSON ("Torkham"): names from the
# project's list are taken from any entity, and from plain tokens.
LONGEST_LIST_NAME = 5  # tokens
# A span like "Kabul-based", "Afghanistan-Pakistan" or "Kabul/Islamabad": try its parts.
_PART = re.compile(r"[^\-/\u2010-\u2014]+")
_LEADING_ARTICLE = re.compile(r"^(the|The|THE)\s+")
_TRAILING_POSSESSIVE = re.compile(r"(['\u2019]s?)$")


@dataclass(frozen=True)
class Span:
    start: int  # character offsets into the document text
    end: int
    text: str
    source: str  # ner, list


def place_spans(sdoc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """Non-overlapping place-name spans, longest first where they overlap, in text order."""
    found = [*_list_spans(sdoc, gazetteer), *_entity_spans(sdoc, gazetteer)]
    found.sort(key=lambda s: (s.start, -(s.end - s.start), s.source != "list"))
    kept: list[Span] = []
    for span in found:
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept


def _entity_spans(sdoc: Doc, gazetteer: Gazetteer) -> list[Span]:
    spans: list[Span] = []
    for ent in sdoc.ents:
        text, start = _trim(ent.text, ent.start_char)
        if not text:
            continue
        if ent.label_ in PLACE_LABELS:
            if text in gazetteer:
                spans.append(Span(start, start + len(text), text, "ner"))
            else:
                spans.extend(_parts(text, start, gazetteer))
        elif name_key(text) in gazetteer.small_place_keys or (
            ent.label_ in METONYM_LABELS and gazetteer.is_well_known(text)
        ):
            spans.append(Span(start, start + len(text), text, "list"))
    return spans


def _trim(text: str, start: int) -> tuple[str, int]:
    """Drop a leading article and a trailing possessive, keeping the offset right."""
    if m := _LEADING_ARTICLE.match(text):
        text, start = text[m.end() :], start + m.end()
    text = _TRAILING_POSSESSIVE.sub("", text).rstrip(" .,;:")
    return text, start


def _parts(text: str, start: int, gazetteer: Gazetteer) -> list[Span]:
    """The hyphen- or slash-separated parts of a span that are places themselves."""
    if _PART.fullmatch(text):
        return []
    spans = []
    for m in _PART.finditer(text):
        raw = m.group()
        lead = len(raw) - len(raw.lstrip())
        part, offset = _trim(raw.strip(), start + m.start() + lead)
        if part and part[0].isupper() and part in gazetteer:
            spans.append(Span(offset, offset + len(part), part, "ner"))
    return spans


def _list_spans(sdoc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """Names from the project's small-place list, wherever they stand."""
    keys = gazetteer.small_place_keys
    spans = []
    n = len(sdoc)
    for i, token in enumerate(sdoc):
        if not token.text[:1].isupper():
            continue
        for length in range(min(LONGEST_LIST_NAME, n - i), 0, -1):
            span = sdoc[i : i + length]
            if name_key(span.text) in keys:
                text = span.text.rstrip(" .,;:")
                spans.append(Span(span.start_char, span.start_char + len(text), text, "list"))
                break
    return spans
