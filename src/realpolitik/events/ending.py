"""A noun of ending with its object in a "to" phrase ("demanded an end to the blockade", "called
for a halt to the shelling") names the act its verb would: it is typed by the lexicon's pattern
for that verb and object ("end the blockade"). The object stays an event of its own: the
blockade is told as going on. Word list: `data/events/ending.yaml`."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Token

from realpolitik.events.lexicon import Lexicon, TriggerType
from realpolitik.events.nominal_objects import prep_objects, typed_as_verb_with
from realpolitik.events.wordlists import read_word_map

WORDS_PATH = Path(__file__).resolve().parents[1] / "data" / "events" / "ending.yaml"


@cache
def ending_nouns() -> dict[str, tuple[str, ...]]:
    return read_word_map(WORDS_PATH, "ending_nouns")


def ending_event(noun: Token, lex: Lexicon) -> TriggerType | None:
    """The type of "an end to X" as the lexicon types "end X", or None."""
    verbs = ending_nouns().get(noun.lemma_.lower(), ())
    return typed_as_verb_with(verbs, prep_objects(noun, "to"), lex)
