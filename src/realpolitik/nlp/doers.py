"""Who does what a verb tells, read off the parse: its subjects and its passive "by" agents."""

from __future__ import annotations

from spacy.tokens import Token


def subjects_and_agents(verb: Token) -> list[Token]:
    """The verb's subjects and the objects of its passive "by" phrase ("sappers blew up the
    mine", "the mine was blown up by sappers"): the heads of whoever does the act."""
    return [c for c in verb.children if c.dep_ == "nsubj"] + agents(verb)


def agents(verb: Token) -> list[Token]:
    """The objects of the verb's passive "by" phrase ("blown up by sappers": sappers)."""
    return [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
