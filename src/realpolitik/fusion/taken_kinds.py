"""Whether a coercive taking took craft or goods, or people: two happenings when both are told.

"Estonian guards seized a fishing boat and detained its two crew": one doer, one date, one type
family (COERCE), so fusion joined the seizure of the boat with the arrest of the crew, and every
later report of either ("Tuesday's arrest of 14 men", "intercepted their boats") joined both.
What was taken tells them apart, read from the words of the mention's own clause right after its
trigger (the object, "of their boats") or, for a passive, right before it ("the lorry was
seized"): craft, vehicles, goods and animals, or people (`data/fusion/taken_things.yaml`). A
word of taking people ("arrested", "detention", "into custody") is a taking of people unless it
names craft ("detained the trawler"). A taking that names neither ("the seizure", "was seized")
fits either, as before.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Literal

from realpolitik.events.wordlists import read_word_sets
from realpolitik.model import EventMention

WORDS_PATH = Path(__file__).resolve().parents[1] / "data" / "fusion" / "taken_things.yaml"
TakenKind = Literal["craft", "people"]

# The object of a taking sits in its own clause: cut at a comma, a semicolon or a conjunction
# ("arrested 14 fishermen and seized their two boats": "and seized their two boats" is the next
# act's). Six words reach past a number and two modifiers ("its two Russian fishing boats").
_CLAUSE_END = re.compile(r"[,;.:()]|\b(?:and|but|while|after|before|when|as|who|which)\b", re.I)
_AFTER_WORDS = 6
# "the lorry was seized", "two boats had been impounded": the taken noun before a passive verb.
_PASSIVE_BEFORE = re.compile(r"([\w-]+)\s+(?:was|were|had been|has been|have been)\s+$", re.I)
_WORD = re.compile(r"[\w-]+")


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(WORDS_PATH)


def taken_kind(m: EventMention) -> TakenKind | None:
    """"craft" or "people" for a COERCE-family taking whose words name what it took; else None."""
    if m.plover_type not in {"COERCE", "SANCTION"}:
        return None
    offset = m.trigger_start - m.char_start
    if offset < 0 or offset > len(m.sentence):
        return None
    words = _words()
    after = m.sentence[offset:]
    trigger_words = [w.lower() for w in _WORD.findall(m.trigger)]
    after = after[len(m.trigger) :] if after.lower().startswith(m.trigger.lower()) else after
    clause = _CLAUSE_END.split(after, maxsplit=1)[0]
    followers = [w.lower() for w in _WORD.findall(clause)][:_AFTER_WORDS]
    passive = _PASSIVE_BEFORE.search(m.sentence[:offset])
    named = followers + ([passive.group(1).lower()] if passive else [])
    if any(w in words["craft_nouns"] for w in named):
        return "craft"
    if any(w in words["people_nouns"] for w in named) or any(
        w in words["people_taking_words"] for w in trigger_words + followers
    ):
        return "people"
    return None


def craft_and_people_taken(a: EventMention, b: EventMention) -> bool:
    """One mention took craft or goods, the other people (`taken_kind`)."""
    kinds = {taken_kind(a), taken_kind(b)}
    return kinds == {"craft", "people"}
