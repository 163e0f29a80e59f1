"""Forces sent to a border or crossing into a country: readied against it (MOBILIZE).

CAMEO's "send" patterns read troops sent as military cooperation or aid, which holds when they go
to another country ("sent troops to Somalia to help the government"); sent to a border ("sent
10,000 soldiers to its border with Belarus") they are a show of force toward the party across it.
Word lists: `data/events/direction.yaml` (border_nouns, border_preps); the forces are the object
nouns of the "forces moved, gathered or placed" family (`pattern_families.yaml`), read through
that family's verb "mass". Forces that cross into a country ("troops crossed into Ethiopia's
Tigray region") are moved against it too, where the verb had no typed reading (crossing_verbs,
crossing_preps)."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from realpolitik.events.lexicon import DATA_DIR, Lexicon, TriggerType
from realpolitik.events.nominal_objects import prep_objects
from realpolitik.events.wordlists import read_word_sets

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.events.triggers import Trigger

MOBILIZED = TriggerType("MOBILIZE", "troops", "154", "own")
# A verb of the forces family whose patterns name the forces nouns (any of its verbs would do).
FORCES_FAMILY_VERB = "mass"


@cache
def direction_words() -> dict[str, frozenset[str]]:
    """The named word lists of `direction.yaml` (read here, by `extract._forced` and by
    `sent_back`)."""
    return read_word_sets(DATA_DIR / "direction.yaml")


def _border_words() -> tuple[frozenset[str], frozenset[str]]:
    sets = direction_words()
    return sets["border_nouns"], sets["border_preps"]


def _crossing_words() -> tuple[frozenset[str], frozenset[str]]:
    sets = direction_words()
    return sets["crossing_verbs"], sets["crossing_preps"]


def _names_forces(noun: Token, lex: Lexicon) -> bool:
    hit = lex.pattern(FORCES_FAMILY_VERB, "", noun.lemma_.lower()) or lex.pattern(
        FORCES_FAMILY_VERB, "", noun.lower_
    )
    return hit is not None and hit.plover_type == MOBILIZED.plover_type


def _sent_to_a_border(verb: Token) -> bool:
    nouns, preps = _border_words()
    # the parser hangs "to its border" on the verb as a preposition or a dative; a line that
    # divides the sides ("towards the administrative line", "up to the line of contact") is
    # approached as a border is (round r25, reader29, from the reader_own24 tune miss "units were
    # moving towards the administrative line")
    return any(
        c.dep_ in {"prep", "dative"}
        and c.lower_ in preps
        and any(
            p.dep_ == "pobj" and (p.lemma_.lower() in nouns or _dividing_line(p))
            for p in c.children
        )
        for c in verb.children
    )


def forces_to_a_border(verb: Token, trig: Trigger | None, lex: Lexicon) -> Trigger | None:
    """`trig` read as forces readied (MOBILIZE) when its cooperative reading comes from forces
    sent to a border ("sent soldiers to its border with Belarus"); otherwise `trig` unchanged."""
    if trig is None or trig.ttype.quad_class > 2 or trig.via is None:
        return trig
    if trig.via.dep_ not in {"dobj", "obj"} or not _names_forces(trig.via, lex):
        return trig
    return replace(trig, ttype=MOBILIZED) if _sent_to_a_border(verb) else trig


def forces_cross_a_border(verb: Token, lex: Lexicon) -> bool:
    """`verb` is forces crossing into a place or over a border: a crossing verb whose subject
    names forces or military craft ("troops crossed into Ethiopia's Tigray region", "soldiers
    crossed the border", "the drone crossed the border").
    The caller reads it as MOBILIZE only where the verb had no typed reading of its own."""
    verbs, preps = _crossing_words()
    borders, _ = _border_words()
    if verb.lemma_.lower() not in verbs:
        return False
    craft = direction_words()["crossing_craft"]
    forces = any(
        c.dep_ == "nsubj"
        and any(_names_forces(n, lex) or n.lemma_.lower() in craft for n in _subject_nouns(c))
        for c in verb.children
    )
    return forces and any(
        (c.dep_ == "prep" and c.lower_ in preps)
        or (c.dep_ in {"dobj", "obj"} and (c.lemma_.lower() in borders or _dividing_line(c)))
        for c in verb.children
    )


def forces_approach_a_border(verb: Token, lex: Lexicon) -> bool:
    """`verb` is forces moving towards or up to a border with no object of their own: an approach
    verb (`approach_verbs`) whose subject names forces ("its units moved towards the border",
    "two battalions advanced to the frontier"). Forces moved by someone else ("moved troops to
    the border") are `forces_to_a_border`'s."""
    if verb.lemma_.lower() not in direction_words()["approach_verbs"]:
        return False
    if any(c.dep_ in {"dobj", "obj"} for c in verb.children):
        return False
    forces = any(
        c.dep_ == "nsubj" and any(_names_forces(n, lex) for n in _subject_nouns(c))
        for c in verb.children
    )
    return forces and _sent_to_a_border(verb)


def _dividing_line(noun: Token) -> bool:
    """A line between the sides of a conflict: "the line of control", "the ceasefire line"."""
    words = direction_words()
    if noun.lemma_.lower() not in words["dividing_line_nouns"]:
        return False
    named_by = [c for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}]
    named_by += prep_objects(noun, "of")
    return any(t.lemma_.lower() in words["dividing_line_words"] for t in named_by)


def _subject_nouns(subject: Token) -> list[Token]:
    """The subject's head and, for a number of forces ("hundreds of troops"), the counted noun."""
    counted = [
        p
        for prep in subject.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    return [subject, *counted]
