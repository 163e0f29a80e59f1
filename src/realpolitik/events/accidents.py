"""Accidents: a craft that crashed, overturned or collided names no doer, so neither its verb
nor the participle hung on it ("..., killing 14 passengers") is an act (lead, stop 58). Nor is
what a natural hazard did: "A cyclone destroyed hundreds of homes", "huts were flattened by a
landslide" (round r41, plover59).

Needs the parsed sentence; adds nothing: `polarity.non_event` reads `accident_act` and the
trigger is skipped. Word lists: `data/events/accidents.yaml`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Token

from realpolitik.events.wordlists import read_word_sets

ACCIDENTS_PATH = Path(__file__).resolve().parents[1] / "data" / "events" / "accidents.yaml"

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Participles and joined verbs that go on from the accident's verb ("..., killing 14", "and
# burst into flames") share its subject.
CARRIED_DEPS = frozenset({"advcl", "conj", "xcomp"})


@cache
def accident_words() -> dict[str, frozenset[str]]:
    """The lists of `accidents.yaml`: mishap verbs, craft and mishap nouns, hostile causes."""
    return read_word_sets(ACCIDENTS_PATH)


def accident_act(trigger: Token) -> bool:
    """The trigger is an accident's verb, or a verb carried on from one, or a verb whose subject
    is an accident's noun ("The crash killed 23"), and the sentence names no hostile cause."""
    words = accident_words()
    clause = trigger
    while not _accident_clause(clause, words):
        if clause.dep_ not in CARRIED_DEPS or clause.head.pos_ not in {"VERB", "AUX"}:
            return False
        clause = clause.head
    return not any(
        t.lemma_.lower() in words["hostile_causes"] or t.lower_ in words["hostile_causes"]
        for t in trigger.sent
    )


def _accident_clause(verb: Token, words: dict[str, frozenset[str]]) -> bool:
    """A verb whose subject is a craft and that tells (or carries) a mishap, or whose subject is
    a mishap noun, or a verb of damage whose subject or "by" doer is a natural hazard."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    heads = {s.lemma_.lower() for s in subjects}
    if heads & words["mishap_nouns"]:
        return True
    # a natural hazard as the subject or the passive's "by" doer ("flattened by a landslide")
    doers = heads | {o.lemma_.lower() for c in verb.children if c.dep_ == "agent"
                     for o in c.children if o.dep_ == "pobj"}  # fmt: skip
    if doers & words["hazard_nouns"] and verb.lemma_.lower() in words["hazard_damage_verbs"]:
        return True
    if not heads & words["craft_nouns"]:
        return False
    told = {verb.lemma_.lower()} | {
        c.lemma_.lower() for c in verb.children if c.dep_ in CARRIED_DEPS | {"pcomp"}
    }
    told |= {g.lemma_.lower() for c in verb.children if c.dep_ == "prep" for g in c.children}
    return bool(told & words["mishap_verbs"])
