"""A grouping noun ("alliance", "coalition") read as the event of its forming, in a frame that
says it is formed: the subject of a verb of coming into being ("a coalition could emerge", "an
alliance may be taking shape") or the object of a verb of forming or seeking ("unlikely to pursue
a security alliance", "an alliance was forged"). Elsewhere the noun names a group, not an act.
Word lists: `data/events/formation.yaml`."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Token

from realpolitik.events.lexicon import Lexicon, TriggerType
from realpolitik.events.wordlists import read_word_sets

WORDS_PATH = Path(__file__).resolve().parents[1] / "data" / "events" / "formation.yaml"
# The lexicon's reading of forming an alliance (CAMEO "form ... alliance"), so the noun's event
# is typed as the verb phrase would be.
FORMING_VERB, FORMED_NOUN = "form", "alliance"


@cache
def formation_words() -> dict[str, frozenset[str]]:
    return read_word_sets(WORDS_PATH)


def _emerges(noun: Token, verb: Token, words: dict[str, frozenset[str]]) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in words["emergence_verbs"]:
        return True
    objects = [c.lemma_.lower() for c in verb.children if c.dep_ in {"dobj", "obj"}]
    return any(f"{lemma} {o}" in words["emergence_phrases"] for o in objects)


def forming_event(noun: Token, lex: Lexicon) -> TriggerType | None:
    """The type of the forming the grouping noun names here, or None where it names a group."""
    words = formation_words()
    if noun.lemma_.lower() not in words["grouping_nouns"] or noun.ent_type_:
        return None
    verb = noun.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    subject = noun.dep_ == "nsubj" and _emerges(noun, verb, words)
    formed = (
        noun.dep_ in {"dobj", "obj", "nsubjpass"} and verb.lemma_.lower() in words["forming_verbs"]
    )
    if not (subject or formed):
        return None
    return lex.pattern(FORMING_VERB, "", noun.lemma_.lower()) or lex.pattern(
        FORMING_VERB, "", FORMED_NOUN
    )
