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


def _locals_telling(verb: Token) -> bool:
    """ "Elders said ...", "villagers told reporters that ...": a verb of saying whose subject is
    local people named only by their role (`telling_locals`)."""
    words = alleging_words()
    subject = _subject(verb)
    return (
        verb.lemma_.lower() in words["telling_verbs"]
        and subject is not None
        and subject.dep_ == "nsubj"
        and subject.lemma_.lower() in words["telling_locals"]
    )


def told_by_locals(verb: Token, ttype: TriggerType) -> bool:
    """Whether `verb` is local people's telling read as their accusation ("elders said soldiers
    had burned the granary"). The act they tell is the news and the telling a remark on it: it
    ranks as an embedded act and as a blame of a told act (`confidence.BLAMED_ACT_REPORT_PENALTY`),
    and the act under it is not embedded (events/extract.py), else "said" would outrank the
    shooting it tells (round r41, reader45: an older test's "..., witnesses said" read ACCUSE on
    top; with the embedding alone "villagers said soldiers shot ..." still did)."""
    return ttype == ACCUSATION and _locals_telling(verb)


def _group_picked_from(subject: Token) -> Token | None:
    """ "one of the sailors struck ...": a number's doer is the group it picks from ("sailors");
    None for any other subject (a bare number stays no doer: "claimed 14 were killed")."""
    if subject.pos_ != "NUM":
        return None
    of = (c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of")
    return next((g for p in of for g in p.children if g.dep_ == "pobj"), None)


def alleged_accusation(
    verb: Token, lex: Lexicon, type_of: Callable[[Token, Lexicon], TriggerType | None]
) -> TriggerType | None:
    """ACCUSE when `verb` alleges a conflictual act of another party in its "that" clause;
    `type_of` types a word of the clause as the trigger finder does."""
    if verb.lemma_.lower() not in alleging_words()["alleging_verbs"] and not _locals_telling(verb):
        return None
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        subject = next((c for c in clause.children if c.dep_ in DOER_DEPS), None)
        subject = _group_picked_from(subject) or subject if subject is not None else None
        if subject is None or subject.pos_ == "NUM" or _may_be_the_speaker(subject, _subject(verb)):
            continue
        for word in clause.subtree:
            typed = type_of(word, lex) if word.pos_ in {"VERB", "NOUN"} else None
            if typed and typed.quad_class in CONFLICT_QUAD_CLASSES:
                return ACCUSATION
    return None
