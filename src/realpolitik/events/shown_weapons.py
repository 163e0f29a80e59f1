"""Weapons fired in a test or into open water, at no one: a show of force.

PLOVER MOBILIZE 'weapons' (CAMEO 150; manual 3.14: military moves that fall short of the use of
force, a demonstration of capabilities), not the assault the firing verb's entry reads:
"test-fired a cruise missile", "launched a ballistic missile into the Sea of Japan", "fired
missiles into waters around Taiwan". A weapon fired at something ("at a tanker", "on the town")
stays an assault. The party named by the water's own name ("the Sea of Japan") is no target;
one the water lies around or off ("waters around Taiwan") is the party faced.
Words: `data/events/shown_weapons.yaml`. Stop 41, lead.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from realpolitik.events.arguments import MentionIndex
from realpolitik.events.lexicon import DATA_DIR, TriggerType
from realpolitik.events.nominal_objects import prep_objects
from realpolitik.events.wordlists import read_word_sets
from realpolitik.model import ActorMention

SHOW_OF_FORCE = TriggerType("MOBILIZE", "weapons", "150", "own")


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(DATA_DIR / "shown_weapons.yaml")


def shown_weapons(
    ttype: TriggerType, verb: Token, target: list[ActorMention], index: MentionIndex
) -> tuple[TriggerType, list[ActorMention]]:
    """The type and targets of a firing verb: a show of force when its weapon is tested or sent
    into open water and aimed at nothing; otherwise unchanged."""
    if ttype.plover_type != "ASSAULT" or verb.pos_ not in {"VERB", "AUX"}:
        return ttype, target
    words = _words()
    if verb.lemma_.lower() not in words["firing_verbs"]:
        return ttype, target
    weapons = [
        o
        for o in verb.children
        if o.dep_ in {"dobj", "obj", "nsubjpass"} and o.lemma_.lower() in words["weapon_nouns"]
    ]
    if not weapons:
        return ttype, target
    preps = [c for c in verb.children if c.dep_ == "prep"]
    if any(p.lower_ in words["aiming_preps"] and not _at_a_range(p, words) for p in preps):
        return ttype, target
    waters = [
        o
        for p in preps
        if p.lower_ in words["into_preps"]
        for o in p.children
        if o.dep_ == "pobj" and o.lemma_.lower() in words["water_nouns"]
    ]
    if not (_tested(verb, words) or waters):
        return ttype, target
    # neither the weapon nor the party the water is named after is acted on
    named = [t for w in waters for t in _of_phrase(w)] + [t for w in weapons for t in w.subtree]
    not_targets = {(m.start, m.end) for t in named if (m := index.at(t)) is not None}
    return SHOW_OF_FORCE, [m for m in target if (m.start, m.end) not in not_targets]


def _tested(verb: Token, words: dict[str, frozenset[str]]) -> bool:
    """ "test-fired" (the parser hangs "test" on the verb), "fired ... in a test", "during a
    drill" or "as part of annual exercises"."""
    for c in verb.children:
        if c.lower_ in words["test_words"] and c.i < verb.i:
            return True
        if c.dep_ == "prep" and any(
            o.lemma_.lower() in words["test_words"] for o in _phrase_objects(c)
        ):
            return True
    return False


def _phrase_objects(prep: Token) -> list[Token]:
    """A preposition's objects, and for "as part of" the objects of the "of" phrase."""
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    return objects + [t for o in objects if o.lower_ == "part" for t in prep_objects(o, "of")]


def _at_a_range(prep: Token, words: dict[str, frozenset[str]]) -> bool:
    """ "fired shells at a firing range": the aiming phrase names a range, no one aimed at."""
    return any(o.lemma_.lower() in words["range_nouns"] for o in prep.children if o.dep_ == "pobj")


def _of_phrase(noun: Token) -> list[Token]:
    """The words of a noun's "of" phrase ("the Sea of Japan": Japan)."""
    return [t for o in prep_objects(noun, "of") for t in o.subtree]

