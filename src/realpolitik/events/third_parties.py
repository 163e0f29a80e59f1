"""A party named in a hyphenated modifier of the act's object as its broker or host is a third
party, not the target.

"Kyiv and Moscow agreed to a Turkish-brokered grain deal", "the rival generals signed a
Saudi-mediated ceasefire": the argument finder takes every party inside the object's phrase, so
the broker became the party agreed with, and the joint reading ("A and B agreed": A with B)
found a target already there (lead, stop 42). A name followed by a hyphen and one of
`third_parties.yaml`'s participles is dropped from the targets; the rest of the phrase's parties
stay, and so do a patron ("Iranian-backed") and an author ("US-drafted")."""

from __future__ import annotations

import re
from functools import cache

from realpolitik.events.lexicon import DATA_DIR
from realpolitik.events.wordlists import read_word_sets
from realpolitik.model import ActorMention


@cache
def _after_third_party() -> re.Pattern[str]:
    words = read_word_sets(DATA_DIR / "third_parties.yaml")["third_party_participles"]
    alternatives = "|".join(sorted(map(re.escape, words)))
    return re.compile(r"[-\u2010\u2011\u2013]\s?(?:" + alternatives + r")\b", re.IGNORECASE)


def without_third_parties(target: list[ActorMention], text: str) -> list[ActorMention]:
    """`target` less the parties `text` names as a broker or host of the object
    ("a Turkish-brokered deal")."""
    pattern = _after_third_party()
    return [m for m in target if not pattern.match(text, m.end)]
