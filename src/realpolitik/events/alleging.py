"""A verb of saying that alleges ("officials claimed that the militia had shelled the town") is an
accusation of the clause's subject when the clause tells a conflictual act (PLOVER quad class 3 or
4) by another party than the speaker, named as the clause's active subject. The clause's act
stays an event of its own, reported as before. Word lists: `data/events/alleging.yaml`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

from spacy.tokens import Token

from realpolitik.events.lexicon import Lexicon, TriggerType
from realpolitik.events.wordlists import read_word_sets

WORDS_PATH = Path(__file__).resolve().parents[1] / "data" / "events" / "alleging.yaml"
ACCUSATION = TriggerType("ACCUSE", "allege", "112", "own")
CONFLICT_QUAD_CLASSES = {3, 4}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# Only an active subject is the doer a claim accuses: in "claimed 14 were killed in an air
# strike" the passive subject is the victims (an NGEC synthetic tune miss read it as ACCUSE).
DOER_DEPS = {"nsubj"}


@cache
def alleging_words() -> dict[str, frozenset[str]]:
    return read_word_sets(WORDS_PATH)


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def _may_be_the_speaker(clause_subject: Token, speaker: Token | None) -> bool:
    pronouns = alleging_words()["speaker_pronouns"]
    if clause_subject.lower_ in pronouns or any(
        c.dep_ == "poss" and c.lower_ in pronouns for c in clause_subject.children
    ):
        return True
    return speaker is not None and clause_subject.lemma_.lower() == speaker.lemma_.lower()


def alleged_accusation(
    verb: Token, lex: Lexicon, type_of: Callable[[Token, Lexicon], TriggerType | None]
) -> TriggerType | None:
    """ACCUSE when `verb` alleges a conflictual act of another party in its "that" clause;
    `type_of` types a word of the clause as the trigger finder does."""
    if verb.lemma_.lower() not in alleging_words()["alleging_verbs"]:
        return None
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        subject = next((c for c in clause.children if c.dep_ in DOER_DEPS), None)
        if subject is None or subject.pos_ == "NUM" or _may_be_the_speaker(subject, _subject(verb)):
            continue
        for word in clause.subtree:
            typed = type_of(word, lex) if word.pos_ in {"VERB", "NOUN"} else None
            if typed and typed.quad_class in CONFLICT_QUAD_CLASSES:
                return ACCUSATION
    return None
