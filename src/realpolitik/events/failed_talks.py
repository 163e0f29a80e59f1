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


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    sets = read_word_sets(DATA_DIR / "failed_talks.yaml")
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
