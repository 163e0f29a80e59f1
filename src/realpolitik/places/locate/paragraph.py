"""The places of a sentence's paragraph before it, and the document's places where a named person
or body is: where an event's parties are.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from realpolitik.model import ActorMention, PlaceMention
from realpolitik.places.gazetteer import load_gazetteer
from realpolitik.places.locate.keys import PARAGRAPH, SITES
from realpolitik.places.locate.memo import per_document
from realpolitik.places.locate.roles import is_compatible, present_holder


def paragraph_places(sent: Span, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places before the sentence in its paragraph, nearest first."""
    paragraph_start = 0
    for token in reversed(sent.doc[: sent.start]):  # Doc.text would rebuild the whole text
        if "\n" in token.text_with_ws:
            paragraph_start = token.idx + len(token.text_with_ws)
            break
    before = [
        p for p in places if paragraph_start <= p.char_start and p.char_end <= sent.start_char
    ]
    return sorted(before, key=lambda p: -p.char_start)


def nearest_place(sent: Span, places: list[PlaceMention]) -> PlaceMention | None:
    """The last compatible place before the sentence in its paragraph (paragraphs: blank-line or
    line-break separated blocks)."""
    return next((p for p in paragraph_places(sent, places) if is_compatible(sent.doc, p)), None)


def indexed_paragraph_places(places: dict[int, PlaceMention]) -> list[PlaceMention]:
    """The places of the paragraph before the sentence, nearest first."""
    keys = (k for k in places if SITES < k <= PARAGRAPH)
    return [places[k] for k in sorted(keys, reverse=True)]


def named_sites(sdoc: Doc, places: list[PlaceMention]) -> list[PlaceMention]:
    """The document's places where a named person or body is (`present_holder` a proper noun:
    "Zardari in Munich", "Gates, speaking at a conference in Bahrain")."""
    return per_document(
        sdoc,
        "named_sites",
        places,
        lambda: [
            p for p in places if (h := present_holder(sdoc, p)) is not None and h.pos_ == "PROPN"
        ],
    )


def party_site(
    trigger: Token, places: dict[int, PlaceMention], parties: Sequence[ActorMention]
) -> PlaceMention | None:
    """The nearest place before the trigger in its paragraph hanging by a locative preposition
    on a mention of one of the parties ("Zardari in Munich ..."): where that party is."""
    sdoc = trigger.doc
    heads = head_words(sdoc, parties)
    if not heads:
        return None
    own = [p for i, p in places.items() if i >= 0 and p.char_start < trigger.idx]
    candidates = {id(p): p for p in [*own, *indexed_paragraph_places(places)]}.values()
    gazetteer = load_gazetteer()
    for p in sorted(candidates, key=lambda p: -p.char_start):
        if p.place.name not in gazetteer and not named_for_its_town(p):
            # A street, building or venue ("Palais Peace Forum") that `resolve` put in the
            # document's town: where that town is was guessed, not read.
            continue
        holder = present_holder(sdoc, p)
        if holder is not None and holder.lower_ in heads and holder.pos_ == "PROPN":
            return p
    return None


def head_words(sdoc: Doc, actors: Sequence[ActorMention]) -> set[str]:
    """The head words of the actors' mentions ("Zardari" of "Bilawal Bhutto Zardari")."""
    heads = set()
    for a in actors:
        span = sdoc.char_span(a.start, a.end, alignment_mode="expand")
        if span is not None and len(span) and span.root.pos_ in {"PROPN", "NOUN"}:
            heads.add(span.root.lower_)
    return heads


def named_for_its_town(place: PlaceMention) -> bool:
    """A venue whose name opens with the town it lies at ("Munich Security Conference" at
    Munich's point): its place was read from its own name, not guessed from the document."""
    words, lat, lon = place.place.name.split(), place.place.lat, place.place.lon
    if lat is None or lon is None:
        return False
    gazetteer = load_gazetteer()
    for n in range(1, len(words)):
        for entry, _ in gazetteer.lookup(" ".join(words[:n])):
            if abs(entry.lat - lat) < 1e-3 and abs(entry.lon - lon) < 1e-3:
                return True
    return False
