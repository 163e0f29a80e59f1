"""Verbs of phase ("resumed its funding", "extended its support", "halted aid", "stopped the
shelling"): they name no act of their own but begin again, keep up or stop the act their object
names, so they are typed from the object's class (issue 9, round 13).

Continuing verbs take the object act's type; halting verbs its undoing: a cooperative act
stopped is a sanction (CAMEO 16), a hostile act stopped a retreat (CAMEO 087), a protest stopped a
concession. The object's class is the lexicon's event noun, else `data/events/phase.yaml`'s
lists for nouns the lexicon leaves untyped ("aid", "funding", "talks"). Word lists:
`data/events/phase.yaml`."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Token

from realpolitik.events.lexicon import QUAD_CLASS, Lexicon, TriggerType
from realpolitik.events.wordlists import read_word_sets

WORDS_PATH = Path(__file__).resolve().parents[1] / "data" / "events" / "phase.yaml"
# The type a listed object noun names (the lists' keys), with the CAMEO block it belongs to.
CLASS_TYPES = {
    "aid": TriggerType("AID", None, "070", "own"),
    "cooperate": TriggerType("COOPERATE", None, "060", "own"),
    "consult": TriggerType("CONSULT", None, "040", "own"),
    "support": TriggerType("SUPPORT", None, "050", "own"),
    "assault": TriggerType("ASSAULT", None, "190", "own"),
}
# What stopping an act of a type is (types not named: stopping them is no event of ours; a truce
# or ceasefire stopped is left to the lexicon, which reads it as fighting resumed).
HALTED = {
    "cooperative": TriggerType("SANCTION", None, "160", "own"),
    "ASSAULT": TriggerType("RETREAT", None, "087", "own"),
    "MOBILIZE": TriggerType("RETREAT", None, "087", "own"),
    "PROTEST": TriggerType("CONCEDE", None, "080", "own"),
}


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(WORDS_PATH)


def phase_of(lemma: str, particle: str) -> str | None:
    """ "continuing", "halting" or None for a verb lemma and its particle."""
    key = f"{lemma} {particle}" if particle else lemma
    for phase in ("continuing", "halting"):
        if key in _words()[phase]:
            return phase
    return None


def object_act(obj: Token, lex: Lexicon) -> TriggerType | None:
    """The act an object noun names: the lexicon's event noun, else its listed class."""
    if obj.pos_ not in {"NOUN", "PROPN"} or obj.ent_type_ in {"GPE", "ORG", "PERSON", "NORP"}:
        return None
    for word in (obj.lemma_.lower(), obj.lower_):
        hit = lex.noun(word)
        if hit:
            return hit
        for name, ttype in CLASS_TYPES.items():
            if word in _words()[name]:
                return ttype
    return None


def phase_type(phase: str, act: TriggerType) -> TriggerType | None:
    """The type of continuing or halting an act of type `act`."""
    if phase == "continuing":
        return act
    if act.plover_type == "RETREAT":
        return None
    if QUAD_CLASS[act.plover_type] <= 2:
        return HALTED["cooperative"]
    return HALTED.get(act.plover_type)
