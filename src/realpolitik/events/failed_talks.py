"""Talks that broke down: "talks between A and B broke down / collapsed" is a refusal (REJECT).

A verb of failing (`data/events/failed_talks.yaml` failing_verbs) whose subject names talks
(talk_nouns) reads CAMEO 125, a refusal to go on negotiating, between the talks' parties; the verb
alone reads CAMEO's "break" block (a threat or an assault) or no event at all. A ceasefire or deal
that collapsed is not so read: its subject is not in the list."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from realpolitik.events.lexicon import DATA_DIR, TriggerType
from realpolitik.events.wordlists import read_word_sets

TALKS_FAILED = TriggerType("REJECT", None, "125", "own")
TALKS_HALTED = TriggerType("SANCTION", "withdraw", "164", "own")


@cache
def _word_sets() -> dict[str, frozenset[str]]:
    return read_word_sets(DATA_DIR / "failed_talks.yaml")


def _words() -> tuple[frozenset[str], frozenset[str]]:
    sets = _word_sets()
    return sets["failing_verbs"], sets["talk_nouns"]


def _failing(verb: Token) -> tuple[bool, Token | None]:
    """Whether `verb` is a verb of failing, and the particle that makes it one ("broke down")."""
    verbs, _ = _words()
    lemma = verb.lemma_.lower()
    for c in verb.children:
        if c.dep_ in {"prt", "advmod"} and f"{lemma} {c.lower_}" in verbs:
            return True, c
    return lemma in verbs, None


def talks_failed(verb: Token) -> tuple[bool, Token | None]:
    """Whether `verb` is a verb of failing whose subject names talks ("the talks in Geneva broke
    down"), and the particle it is read with."""
    _, talks = _words()
    failing, particle = _failing(verb)
    subject_is_talks = any(
        c.dep_ in {"nsubj", "nsubjpass"} and (c.lemma_.lower() in talks or c.lower_ in talks)
        for c in verb.children
    )
    return failing and subject_is_talks, particle


def _names_talks(noun: Token) -> bool:
    _, talks = _words()
    return noun.lemma_.lower() in talks or noun.lower_ in talks


def talks_put_on_hold(verb: Token) -> Token | None:
    """The "on" phrase's state when `verb` puts talks on hold ("put its border talks with Belize on
    hold", "the negotiations were placed on ice"): the talks are its object or passive subject."""
    sets = _word_sets()
    if verb.lemma_.lower() not in sets["holding_verbs"]:
        return None
    if not any(
        c.dep_ in {"dobj", "obj", "nsubjpass"} and _names_talks(c) for c in verb.children
    ):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if pobj.lemma_.lower() in sets["waiting_states"]:
                return pobj
    return None
