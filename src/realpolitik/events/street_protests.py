"""A protest told as done in the street is a demonstration (PROTEST), not a diplomatic protest.

CAMEO's patterns read "protest over the death / attack / shooting" as a complaint (111, ACCUSE),
which holds for a government ("Beijing protested over the death of its citizen"). When the
sentence puts the protesters somewhere ("protested outside the Chinese embassy", "in front of
parliament") or counts them as a crowd ("hundreds of students protested"), they demonstrated:
PROTEST demo (CAMEO 141), as `data/events/street_protests.yaml` lists (round r14, args18: own33
tune read "Hundreds of students protested outside the ... embassy ... over the death of ..." as
ACCUSE). A protest lodged "to" a government stays a complaint.

A gathering read as a meeting (CONSULT) is a demonstration too when a crowd of people of the street
gathers ("two hundred fishermen gathered outside the prefecture", "A group of young men has
gathered at the junction") or gathers to protest ("traders gathered at the crossing to protest
against the ban"): `gathered_crowd` (round r19, reader23: reader_own17 and reader_own18 tune).
Officials who gather ("ministers gathered in Brussels") still meet.

The other way round, a protest a verb of drawing or receiving takes "from" a state, a capital or
a government ("drew a formal protest from Manila", "received a protest from the Thai
government") was lodged: a diplomatic protest, ACCUSE (CAMEO 114, as a protest note), not a
crowd in the street (`protest_drawn_from_state`; stop 72 lead, probes of our own read such a
protest as a demonstration, told apart from the same protest "lodged with" the state)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from realpolitik.actors.metonymy import message_from_verbs
from realpolitik.events.lexicon import DATA_DIR, TriggerType
from realpolitik.events.nominal_objects import prep_objects
from realpolitik.events.wordlists import read_word_sets

if TYPE_CHECKING:
    from spacy.tokens import Token

DEMONSTRATED = TriggerType("PROTEST", "demo", "141", "own")
LODGED = TriggerType("ACCUSE", "disapprove", "114", "own")


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(DATA_DIR / "street_protests.yaml")


def _stands_somewhere(verb: Token) -> bool:
    """ "protested outside the embassy", "rallied in front of parliament"."""
    words = _words()
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ in words["standing_preps"]:
            return True
        if prep.lower_ == "in" and any(p.lower_ == "front" for p in prep.children):
            return True
    return False


def _counted_as_crowd(verb: Token) -> bool:
    """ "Hundreds of students protested", "Thousands rallied": the subject is a crowd count, or
    a plural the count modifies."""
    counts = _words()["crowd_counts"]
    for subj in verb.children:
        if subj.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        if subj.lemma_.lower() in counts or subj.lower_ in counts:
            return True
        if any(
            c.lower_ in counts for c in subj.children if c.dep_ in {"nummod", "quantmod", "amod"}
        ):
            return True
    return False


def street_protest(verb: Token, ttype: TriggerType | None) -> TriggerType | None:
    """PROTEST when a verb of protesting read as a complaint (ACCUSE) is told as done in the
    street; None otherwise (the reading stands)."""
    if ttype is None or ttype.plover_type != "ACCUSE":
        return None
    if verb.lemma_.lower() not in _words()["protest_verbs"]:
        return None
    if any(p.dep_ == "prep" and p.lower_ == "to" for p in verb.children):
        return None  # "protested to Japan over ...": lodged with a government
    if _stands_somewhere(verb) or _counted_as_crowd(verb):
        return DEMONSTRATED
    return None


def gathered_crowd(verb: Token, ttype: TriggerType | None) -> TriggerType | None:
    """PROTEST when a verb of gathering read as a meeting (CONSULT) has a crowd of people of the
    street as its subject or a protest as its purpose; None otherwise (the reading stands)."""
    words = _words()
    if ttype is None or ttype.plover_type != "CONSULT":
        return None
    if verb.lemma_.lower() not in words["gathering_verbs"]:
        return None
    purposes = (
        c
        for c in verb.children
        if c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in words["protest_purposes"]
    )
    if any(any(a.lower_ == "to" for a in c.children) for c in purposes):
        return DEMONSTRATED
    return (
        DEMONSTRATED
        if any(_crowd_of_people(s) for s in verb.children if s.dep_ == "nsubj")
        else None
    )


def _crowd_of_people(subject: Token) -> bool:
    """ "fishermen", "forty traders", "A group of young men", "crowds": the subject names people of
    the street (itself, or the plural its "of" phrase holds), not officials."""
    people = _words()["crowd_people"]
    if subject.lemma_.lower() in people or subject.lower_ in people:
        return True
    return any(o.lemma_.lower() in people for o in prep_objects(subject, "of"))


def protest_drawn_from_state(noun: Token) -> TriggerType | None:
    """ACCUSE for a protest noun that a verb of drawing or receiving takes as its object with a
    "from" phrase naming a state, a capital or a government; None otherwise. "drew protests from
    residents" stays a demonstration (people of the street, not a state)."""
    words = _words()
    verb = noun.head
    if noun.dep_ not in {"dobj", "obj"} or noun.lemma_.lower() not in words["protest_nouns"]:
        return None
    if verb.lemma_.lower() not in message_from_verbs():
        return None
    senders = [p for head in (verb, noun) for p in prep_objects(head, "from")]
    return LODGED if any(_names_a_state(p, words) for p in senders) else None


def _names_a_state(word: Token, words: dict[str, frozenset[str]]) -> bool:
    """ "Manila", "Argentina", "the Thai government", "the foreign ministry": a state or its seat
    (the parser's GPE), or a noun of a government's office."""
    return word.ent_type_ == "GPE" or word.lemma_.lower() in words["state_office_nouns"]


def names_protest(word: str) -> bool:
    """ "protest", "Protests": a protest noun of `protest_nouns`, as a trigger's text reads."""
    lower = word.lower()
    return any(lower in {noun, f"{noun}s"} for noun in _words()["protest_nouns"])
