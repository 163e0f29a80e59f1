"""Coordination read off the parse."""

from __future__ import annotations

from spacy.tokens import Token


def first_conjunct(token: Token) -> Token:
    """The first of the words joined by "and"/"or" that `token` is one of ("stoned the police and
    torched two cars": "stoned" for "torched"): the parser hangs each later conjunct on the one
    before, and the first stands where the whole coordination does. Any other word is its own
    first."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token
