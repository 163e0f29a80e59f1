"""An act done in answer to another: "Moscow responded with sanctions", "the army answered with
air strikes", "Kenya reacted by closing its embassy" (word lists: `data/events/responding.yaml`).

The act answered with, a material one (sanctions, strikes, arrests, a closure: PLOVER quad
classes 2 and 4), is the event, done by the answering verb's subject; the verb itself names no
act (CAMEO has no entry for "respond" or "answer" and the lexicon's majority guess read them as
criticism, ACCUSE: one true act and one false accusation per sentence). A verb whose "with" phrase
names no event keeps its reading ("would respond with full force" is the use of force through its
own pattern), and so does one answered with words ("reacted with a statement", "responded with
criticism": the verb already reads that answer). "Retaliate" is no verb of answering here: it
names the hostile act itself (`data/events/responding.yaml`) (issue 9, round r10: reader_own9
tune)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from realpolitik.events.lexicon import DATA_DIR, PLAIN_ASSAULT, TriggerType
from realpolitik.events.wordlists import read_word_sets

if TYPE_CHECKING:
    from spacy.tokens import Token


# PLOVER quad classes of material acts: cooperation (2) and conflict (4).
MATERIAL_CLASSES = frozenset({2, 4})


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(DATA_DIR / "responding.yaml")


# The answer promised to any hostile act to come: retaliation (CAMEO 190).
RETALIATION = PLAIN_ASSAULT


def answers_any_attack(verb: Token) -> TriggerType | None:
    """ "would respond to any attack", "will react to every provocation": a verb of answering
    whose "to" phrase is a hostile act (`answered_attack_nouns`) under "any" or "every" names
    retaliation to come; None otherwise ("responded to the letter")."""
    words = _words()
    if verb.lemma_.lower() not in words["responding_verbs"]:
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if prep.lower_ not in words["answered_attack_preps"]:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.lemma_.lower() in words["answered_attack_nouns"] and any(
                c.dep_ == "det" and c.lower_ in words["any_determiners"] for c in obj.children
            ):
                return RETALIATION
    return None


def answers_with_an_act(verb: Token, noun_type: Callable[[Token], TriggerType | None]) -> bool:
    """`verb` answers with an act another word names: its "with" phrase is a noun of a material
    act (`noun_type`) or its "by" phrase an "-ing" verb."""
    words = _words()
    if verb.lemma_.lower() not in words["responding_verbs"]:
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for obj in (c for c in prep.children if c.dep_ in {"pobj", "pcomp"}):
            if prep.lower_ in words["act_noun_preps"] and obj.dep_ == "pobj":
                ttype = noun_type(obj)
                if ttype is not None and ttype.quad_class in MATERIAL_CLASSES:
                    return True
            if prep.lower_ in words["act_verb_preps"] and obj.tag_ == "VBG":
                return True
    return False


def answering_verb(noun: Token) -> Token | None:
    """The verb of answering whose "with" phrase holds the event noun `noun` ("responded with
    sanctions"): its subject does the act."""
    words = _words()
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in words["act_noun_preps"]:
        return None
    verb = prep.head
    return verb if verb.lemma_.lower() in words["responding_verbs"] else None


def answered_act(act: Token) -> bool:
    """`act` (a noun or a gerund) is the act a noun of answering answers: "retaliation for Costa
    Rica's criticism", "in response to the arrests" (`responding.yaml` answer_nouns). It is why
    the sentence's act was done, told as background."""
    words = _words()
    prep = act.head
    return (
        act.dep_ in {"pobj", "pcomp"}
        and prep.lower_ in words["answered_act_preps"]
        and prep.head.lemma_.lower() in words["answer_nouns"]
    )
