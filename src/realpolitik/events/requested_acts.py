"""An act asked "for" is an event of its own: "called for an urgent meeting of the council",
"pressed for talks" tell the request AND the act it asks for (wanted, not done). A pattern over
the verb, its "for" and the noun ("call for summit": REQUEST) types the verb; without this the
noun after "for" was dropped as the word that only selected the pattern. Word list:
`data/events/object_acts.yaml` (act_requesting_for_verbs). Round r10b, reader11: from the careful
reader's tune misses by cause (docs/events-plover.md)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from realpolitik.events.lexicon import DATA_DIR
from realpolitik.events.wordlists import read_word_sets

WORDS_PATH = DATA_DIR / "object_acts.yaml"


@cache
def object_act_words() -> dict[str, frozenset[str]]:
    """`object_acts.yaml`, read once per process for every module that reads it (requested,
    owned and judged acts)."""
    return read_word_sets(WORDS_PATH)


def _requesting_for_verbs() -> frozenset[str]:
    return object_act_words()["act_requesting_for_verbs"]


def requests_act(verb: Token, via: Token) -> bool:
    """`verb`'s pattern was selected by its "for" (`via`) and the verb asks for an act: the noun
    after "for" is the act asked for, an event of its own."""
    return via.lower_ == "for" and verb.lemma_.lower() in _requesting_for_verbs()
