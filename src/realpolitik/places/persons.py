"""Names the document uses for a person, which are not places there.

spaCy's small models and the gazetteer read many given names and surnames as towns ("Bruce" in
"Bruce Forsyth", "Olivia", "Allen", Texas). A name found as a place is dropped (`person_spans`)
when the document shows it to be a person's:

- it is only a part of a longer PERSON entity ("Elizabeth" of "Elizabeth Sullivan");
- it is one word that the document also writes as a word of a full person's name ("Forsyth"
  after "Bruce Forsyth", "Freeland" after "Chrystia Freeland");
- it follows a title or a word for a relative (`data/places/person_cue_words.tsv`: "Mr. Allen",
  "girlfriend Olivia", "daughters North and Chicago", "his baby, Chicago"); such a name is then a
  person's wherever it stands alone in the document.

How each was measured: `docs/places.md`, "Eighth round".
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from realpolitik.nlp.token_columns import token_columns
from realpolitik.places.gazetteer import tsv_rows

# Sources whose spans may be a person's name read as a town ("list": a well-known place spaCy
# tags ORG, "Houston said"). Not "pair" ("Austin, Texas"), streets and buildings (their own
# shape), divisions named in the plural, demonyms.
PERSON_PRONE_SOURCES = {"list", "ner", "cue", "inner", "repeat", "local", "region"}
_LIST_JOINERS = {",", "and", "&"}


@cache
def person_cue_words() -> dict[str, str]:
    """Title or relative's word (lower case, no full stop) -> its kind ("title" or "kin")."""
    return {word.strip(): kind.strip() for word, kind in tsv_rows("person_cue_words.tsv")}


def person_spans(
    sdoc: Doc, starts_ends: list[tuple[int, int]], place_words: frozenset[str] = frozenset()
) -> set[int]:
    """Indexes of the character spans `starts_ends` that name a person in this document.
    `place_words`: words after a town's name that make a PERSON entity no person ("Tupelo
    High", "Nelson residents"), as spaCy tags them."""
    cues = person_cue_words()
    by_char = token_columns(sdoc).token_at
    full_names = [
        e
        for e in sdoc.ents
        if e.label_ == "PERSON" and len(e) > 1 and not any(t.lower_ in place_words for t in e)
    ]
    full_name_words = {t.lower_ for e in full_names for t in e if t.is_title}
    person_of = {t.i: e for e in full_names for t in e}
    cued: set[int] = set()  # token indexes of names after a title or relative's word
    kin: set[int] = set()  # ... after a relative's word: a list may go on ("North and Chicago")
    for start, _ in sorted(starts_ends):
        first = by_char.get(start)
        kind = None if first is None else _cue_kind(sdoc, first, cues, kin, cued)
        if first is not None and kind is not None:
            cued.add(first)
            if kind == "kin":
                kin.add(first)
    cued_words = {sdoc[i].lower_ for i in cued}
    persons: set[int] = set()
    for i, (start, end) in enumerate(starts_ends):
        first = by_char.get(start)
        if first is None:
            continue
        span = sdoc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        entity = person_of.get(first)
        one_word = len(span) == 1
        if (
            first in cued
            or (entity is not None and len(entity) > len(span) and span.end <= entity.end)
            or (one_word and span[0].lower_ in full_name_words | cued_words)
        ):
            persons.add(i)
    return persons


def _cue_kind(sdoc: Doc, i: int, cues: dict[str, str], kin: set[int], cued: set[int]) -> str | None:
    """The kind of cue before token i: "title" right after a capitalised title ("Mr. Allen",
    "Sen. Warren"); "kin" right after a relative's word in lower case ("girlfriend Olivia"; not
    "Mother Russia"), after a comma following one ("his baby, Chicago"), or listed after a name
    so cued ("daughters North and Chicago"); the words of a name going on after a cued one take
    its kind ("Councilwoman Amelia Paris"); else None."""
    j = i - 1
    if j >= 0 and j in cued and sdoc[j].text[:1].isupper():
        return "kin" if j in kin else "title"
    if j >= 1 and sdoc[j].text == ".":
        j -= 1  # "Mr" "." "Allen"
    if j < 0:
        return None
    kind = cues.get(sdoc[j].lower_.rstrip("."))
    if kind == "title" and sdoc[j].text[:1].isupper():
        return "title"
    if kind == "kin" and sdoc[j].is_lower:
        return "kin"
    if sdoc[j].text in _LIST_JOINERS and j >= 1:
        if sdoc[j].text == "," and cues.get(sdoc[j - 1].text) == "kin":
            return "kin"
        # (a list: a name just before was cued by a relative's word; names are tried in order)
        if any(k in kin for k in range(max(0, j - 4), j)):
            return "kin"
    return None
