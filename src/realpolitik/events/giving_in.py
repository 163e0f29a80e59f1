"""An act described as giving in is a concession: "the mayor resigned, meeting the main demand of
the strikers", "the cabinet lifted the cut, bowing to pressure from the unions", "under pressure
from striking drivers, the government agreed to scrap the levy".

The description says what the act was to the party that pressed for it, and PLOVER types the act
by that: a concession (CONCEDE, CAMEO 080, "yield"), not the resignation's retreat or the
promise's AGREE. Three forms are read (word lists: `data/events/giving_in.yaml`):
- a bare participial adjunct of the act (no subject or subordinator of its own: "after meeting
  the demand" is a time, not a description) of a giving-in verb ("meet", "bow", "give in" ...)
  that the lexicon itself reads as a concession ("meeting the demand", not "meeting officials");
- an "under pressure (from X)" phrase on an agreement ("agreed to scrap the levy"); forces
  withdrawn under pressure are still a withdrawal (RETREAT), as own10 reads them.
- a fronted participle of facing a pressing act ("Faced with a strike by nurses, ...", "Facing
  a boycott ...") on an agreement, read as "under pressure" is (round r47).
Only an act that gives something up is retyped: one the lexicon reads as an agreement or a retreat
(a promise, a resignation, a release), one with no reading, or a cooperative
reading only guessed from the verb's CAMEO block ("reopened the terminal"); forces withdrawn
"bowing to pressure" stay a withdrawal, as under pressure (round r45). A meeting held or a
visit paid "under pressure" is still the meeting, and a hostile act "meeting" a demand no
concession to the demanding party.

Written for issue 9 item 2, typing round 20 (own20, own12 and own9 tune: "agreed to reinstate ...,
meeting the main demand", "resigned, meeting the main demand", "Under pressure from ..., agreed to
scrap a planned fuel levy").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from realpolitik.events.lexicon import DATA_DIR, Lexicon, TriggerType
from realpolitik.events.wordlists import read_word_sets

WORDS_PATH = DATA_DIR / "giving_in.yaml"
CONCEDED = TriggerType("CONCEDE", "yield", "080", "own")
# Lexicon origins of a reading that is only a guess from the verb's CAMEO block or neighbours
# ("reopened" reads the 05 block's SUPPORT): a cooperative guess is retyped too.
GUESSES = {"block", "majority", "similar"}


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(WORDS_PATH)


def _types(name: str) -> frozenset[str]:
    return frozenset(t.upper() for t in _words()[name])


def _giving_in_participles(verb: Token) -> list[Token]:
    """The verb's participial adjuncts of a giving-in verb, with no subject or subordinator."""
    return [
        c for c in verb.children
        if c.dep_ == "advcl" and c.tag_ == "VBG"
        and c.lemma_.lower() in _words()["giving_in_participles"]
        and not any(a.dep_ in {"nsubj", "nsubjpass", "mark", "aux"} for a in c.children)
    ]  # fmt: skip


def _under_pressure(verb: Token) -> bool:
    """ "Under pressure from the unions, the government agreed ...": the phrase is on the act."""
    return any(
        prep.dep_ == "prep" and prep.lower_ == "under"
        and any(p.dep_ == "pobj" and p.lemma_.lower() in _words()["pressure_nouns"]
                for p in prep.children)
        for prep in verb.children
    )  # fmt: skip


def _pressing_noun(noun: Token) -> bool:
    """A noun of a pressing act ("a strike by nurses"), or a span of one ("a week of protests")."""
    words = _words()
    if noun.lemma_.lower() in words["facing_spans"]:
        return any(
            p.dep_ == "pobj" and p.lemma_.lower() in words["facing_nouns"]
            for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for p in prep.children
        )  # fmt: skip
    return noun.lemma_.lower() in words["facing_nouns"]


def _facing_pressure(verb: Token) -> bool:
    """ "Faced with a strike by nurses ..., the government agreed ...", "Confronted by a week of
    protests ...", "Facing a boycott ...": a participle that opens the sentence, with no subject
    of its own, names the pressure the act gives in to (round r47, plover65: own98 tune)."""
    for c in verb.children:
        if not (
            c.dep_ == "advcl" and c.i < verb.i and c.tag_ in {"VBN", "VBG"}
            and c.lemma_.lower() in _words()["facing_participles"]
            and not any(a.dep_ in {"nsubj", "nsubjpass", "mark", "aux"} for a in c.children)
        ):  # fmt: skip
            continue
        objects = [o for o in c.children if o.dep_ in {"dobj", "obj"}] + [
            p for prep in c.children if prep.dep_ in {"prep", "agent"}
            and prep.lower_ in {"with", "by"}
            for p in prep.children if p.dep_ == "pobj"
        ]  # fmt: skip
        if any(_pressing_noun(o) for o in objects):
            return True
    return False


def _withdrawal(ttype: TriggerType) -> bool:
    """A withdrawal of forces (`withdrawal_codes`, CAMEO 087): round r45, plover63."""
    return any((ttype.cameo or "").startswith(code) for code in _words()["withdrawal_codes"])


def given_in(
    verb: Token,
    ttype: TriggerType | None,
    lex: Lexicon,
    type_of: Callable[[Token, Lexicon], TriggerType | None],
) -> TriggerType | None:
    """CONCEDE when `verb`'s act is described as giving in and gives something up; else
    None. `type_of` types a participle as the trigger finder does."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in lex.report:
        return None
    read_type = ttype.plover_type if ttype is not None else None
    if read_type in _types("pressured_types") and (_under_pressure(verb) or _facing_pressure(verb)):
        return CONCEDED
    if read_type == "RETREAT" and ttype is not None and _withdrawal(ttype):
        return None  # forces pulled back "bowing to pressure" still pulled back
    guessed_cooperation = ttype is not None and ttype.origin in GUESSES and ttype.quad_class <= 2
    if ttype is not None and read_type not in _types("yielding_types") and not guessed_cooperation:
        return None
    for participle in _giving_in_participles(verb):
        read = type_of(participle, lex)
        if read is not None and read.plover_type == "CONCEDE":
            return CONCEDED
    return None
