"""Where a declaration's own words are: the town it was issued in ("The joint declaration urges
...", after "the acceptance of the Baku Declaration").
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.model import PlaceMention
from realpolitik.places.locate.paragraph import indexed_paragraph_places
from realpolitik.places.locate.sentence import accord_words, is_statement_verb

# A declaration or communique is issued by the meeting that adopts it, in one town; an
# agreement's or treaty's terms bind wherever its parties are (`accord_words.tsv`, kind
# `declaration`).
DECLARATION_KIND = "declaration"


def declaration_town(
    trigger: Token, places: dict[int, PlaceMention]
) -> tuple[PlaceMention | None, str]:
    """For a verb of saying whose subject is a declaration ("The Tashkent Declaration urges ...",
    "The joint declaration urges ..."), the town the declaration is named for: in its own name
    (basis `sentence`) or, for "the declaration", in the name of the last declaration the
    paragraph names before it (basis `paragraph`). Only a town: "the Iran declaration" names
    whom it concerns. None for "a declaration" (not one named before) or another document."""
    if trigger.pos_ != "VERB" or not is_statement_verb(trigger.lemma_):
        return None, ""
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None or accord_words().get(subject.lemma_.lower()) != DECLARATION_KIND:
        return None, ""
    for c in subject.children:
        if c.dep_ == "compound" and c.i in places:
            own = places[c.i]
            return (own, "sentence") if own.place.precision == "city" else (None, "")
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return None, ""
    sdoc = trigger.doc
    for p in indexed_paragraph_places(places):
        span = sdoc.char_span(p.char_start, p.char_end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        if root.dep_ == "compound" and root.head.lemma_.lower() == subject.lemma_.lower():
            return (p, "paragraph") if p.place.precision == "city" else (None, "")
    return None, ""
