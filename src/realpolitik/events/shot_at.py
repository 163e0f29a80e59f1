"""A patrol, a boat or a post that "came under fire" was shot at (ASSAULT), not criticised.

CAMEO's pattern reads "come under fire" as criticism (111, ACCUSE), which holds for a government,
a minister or a plan ("the plan came under fire from the opposition"). Said of something that can
be fired on (a unit, a vehicle, a post or a place: `data/events/shot_at.yaml`) it is gunfire, an
armed assault with small arms (CAMEO 193): "a border guard patrol came under fire near the
crossing" (issue 9, round r10: reader_own9 and reader_own8 tune read both as criticism). The
subject stays the one acted on and a "from" party the one acting, as for any act undergone
(`extract._light_verb_arguments`)."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from realpolitik.events.lexicon import DATA_DIR, TriggerType
from realpolitik.events.nominal_objects import prep_objects
from realpolitik.events.wordlists import read_word_sets

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.events.triggers import Trigger

SHOT_AT = TriggerType("ASSAULT", "firearms", "193", "own")


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(DATA_DIR / "shot_at.yaml")


def _subject_heads(verb: Token) -> list[Token]:
    """The verb's subject, or a first conjunct's ("stopped and came under fire"), with the noun a
    number counts ("two of the boats"). A reported clause the parser left without a subject takes
    the object it gave the verb of saying ("said one of its boats, which was patrolling the river,
    came under fire": "one" read as what was said)."""
    holder = verb.head if verb.dep_ == "conj" and not _subjects(verb) else verb
    heads = _subjects(holder)
    if not heads and verb.dep_ == "ccomp":
        heads = [c for c in verb.head.children if c.dep_ in {"dobj", "obj"} and c.i < verb.i]
    return heads + [p for h in heads for prep in h.children if prep.lower_ == "of" for p in prep.children]


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]


def under_fire(verb: Token, trig: Trigger | None) -> Trigger | None:
    """`trig` read as gunfire when the verb is "came under fire" and its subject can be fired on;
    otherwise `trig` unchanged."""
    words = _words()
    if trig is None or verb.lemma_.lower() not in words["under_verbs"]:
        return trig
    fire = [p for p in prep_objects(verb, "under") if p.lemma_.lower() in words["fire_nouns"]]
    if not fire or not any(h.lemma_.lower() in words["fired_on"] for h in _subject_heads(verb)):
        return trig
    return replace(trig, ttype=SHOT_AT)
