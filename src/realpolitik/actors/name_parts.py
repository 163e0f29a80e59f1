"""A known person's one-word name inside another person's longer name is not that person.

The Phoenix dictionaries give some people one word: Jordan's Prince "Hassan", King "Abdullah",
King "Hussein", and many KB people are matched by a one-word alias (a family name). The longest-
match reader (`matching.match_names`) found "Hassan" inside "Fisheries Minister Kamal Hassan" and
"Police chief Omar Hassan", and split "Interior Minister Abdullah Hussein" into two Jordanian
kings: the officials took a foreign country, and words near them (a "men" arrested) followed it.

A one-word person match is dropped when the recogniser tags a longer person's name around it
whose other words are names, not titles ("King Abdullah", "Mr Karzai", "President Suharto" keep
theirs). The recogniser's name is then a person of its own, resolved by the usual steps
(fuzzy spelling, first and family name, or a new actor).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from realpolitik.actors.candidates import Candidate
from realpolitik.actors.kb import KnowledgeBase
from realpolitik.actors.resolve import HONORIFICS
from realpolitik.actors.roles import role_sector

# Titles of rulers and clerics that open a one-word name ("King Abdullah", "Prince Hassan").
RULER_TITLES = {
    "king", "queen", "prince", "princess", "crown", "emir", "amir", "sultan", "sheikh", "shaikh",
    "imam", "pope", "emperor", "empress", "grand", "ayatollah", "mullah", "lord", "lady", "saint",
}  # fmt: skip


def drop_name_parts(sdoc: Doc, kb: KnowledgeBase, cands: list[Candidate]) -> list[Candidate]:
    """`cands` without one-word person matches that lie inside a longer person's name."""
    people = [e for e in sdoc.ents if e.label_ == "PERSON" and len(e) >= 2]
    if not people:
        return cands
    return [c for c in cands if not _part_of_longer_name(sdoc, kb, c, people)]


def _part_of_longer_name(sdoc: Doc, kb: KnowledgeBase, c: Candidate, people: list[Span]) -> bool:
    if c.kind != "person" or c.end - c.start != 1:
        return False
    ent = next((e for e in people if e.start <= c.start < e.end), None)
    if ent is None:
        return False
    return any(t.i != c.start and _name_word(kb, t) for t in ent)


def _name_word(kb: KnowledgeBase, tok: Token) -> bool:
    """A word of a personal name: a capitalised proper noun that is no title or role word."""
    word = tok.lower_.strip(".")
    if not tok.is_alpha or not tok.text[:1].isupper() or tok.pos_ != "PROPN":
        return False
    return word not in HONORIFICS | RULER_TITLES and role_sector(kb, [tok.text]) is None
