"""A noun of an act with its object in an "of" phrase ("announced the closure of two of its
crossings", "the reopening of the port") names the act its verb would: it is typed by the
lexicon's pattern for that verb and object ("close the crossings"), ahead of the noun's own entry,
which only knows the act, not what it was done to. A quantity in the "of" phrase ("two of its
crossings") names the object in its own "of" phrase. Word list: `data/events/nominal_objects.yaml`."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Token

from realpolitik.events.lexicon import Lexicon, TriggerType
from realpolitik.events.wordlists import read_word_map, read_word_sets

WORDS_PATH = Path(__file__).resolve().parents[1] / "data" / "events" / "nominal_objects.yaml"


@cache
def nominal_verbs() -> dict[str, tuple[str, ...]]:
    return read_word_map(WORDS_PATH, "nominal_objects")


@cache
def measure_nouns() -> frozenset[str]:
    return read_word_sets(WORDS_PATH)["measure_nouns"]


@cache
def on_phrase_verbs() -> dict[str, tuple[str, ...]]:
    return read_word_map(WORDS_PATH, "on_phrase_objects")


def prep_objects(word: Token, preposition: str) -> list[Token]:
    """The objects of `word`'s `preposition` phrases ("the closure *of* the port")."""
    return [
        obj
        for prep in word.children
        if prep.dep_ == "prep" and prep.lower_ == preposition
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def typed_as_verb_with(
    verbs: tuple[str, ...], objects: list[Token], lex: Lexicon
) -> TriggerType | None:
    """The lexicon's type of the first of `verbs` done to one of `objects` ("close" + "port"); a
    verb may carry its particle ("hand over" + "port", round r33)."""
    for verb in verbs:
        lemma, _, particle = verb.partition(" ")
        for obj in objects:
            for word in (obj.lemma_.lower(), obj.lower_):
                hit = lex.pattern(lemma, particle, word)
                if hit:
                    return hit
    return None


def nominal_object_event(noun: Token, lex: Lexicon) -> TriggerType | None:
    """The type of "the closure of X" as the lexicon types "close X", or None."""
    verbs = nominal_verbs().get(noun.lemma_.lower(), ())
    objects = prep_objects(noun, "of")
    # "the closure of two of its crossings": the number counts what its own "of" phrase names
    objects += [inner for obj in objects if obj.pos_ == "NUM" for inner in prep_objects(obj, "of")]
    # "the handover of 40 tonnes of rice and school supplies": a measure names the goods in its
    # own "of" phrase (round r33); tried after the outer object, so that one's pattern wins
    objects += [
        inner
        for obj in objects
        if obj.lemma_.lower() in measure_nouns()
        for inner in prep_objects(obj, "of")
        for inner in (inner, *inner.conjuncts)
    ]
    hit = typed_as_verb_with(verbs, objects, lex)
    if hit:
        return hit
    # "a ban on poultry imports" names its object in an "on" phrase: read as "ban imports"
    on_verbs = on_phrase_verbs().get(noun.lemma_.lower(), ())
    return typed_as_verb_with(on_verbs, prep_objects(noun, "on"), lex) if on_verbs else None


# Verbs that only put in place the act their object names ("imposed a ban on X", "slapped a ban
# on X", "placed a ban on X"): where that object is typed by its own object phrase, the noun is
# the event and the verb adds no act of its own (stop 37, lead; as "responded with sanctions").
IMPOSING_VERBS = frozenset({"impose", "introduce", "slap", "place", "put"})


def imposes_typed_act(verb: Token, lex: Lexicon) -> bool:
    """`verb` imposes an act whose noun object is typed by its object phrase ("imposed a ban on
    poultry imports": the ban on imports is the event)."""
    if verb.lemma_.lower() not in IMPOSING_VERBS:
        return False
    return any(c.dep_ == "dobj" and nominal_object_event(c, lex) for c in verb.children)
