"""Property wrecked by an attack is the attack (round r33, plover51, from own70 tune; word lists
in `data/events/attack_damage.yaml`).

"The overnight shelling of the district destroyed a school", "an air strike destroyed two homes",
"a clinic was destroyed in the bombardment": the verb's own row (CAMEO 1711, COERCE destroy) is
for property wrecked on purpose by those who hold it (demolished, bulldozed, torched homes and
crops); with an attack or a weapon as what wrecked it, the sentence tells the damage the attack
did, an assault (CAMEO 190), as "damaged" and "destroyed a convoy" already read. A demolition
with a party as its subject ("soldiers destroyed the homes of two suspects") keeps its row.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from realpolitik.events.lexicon import DATA_DIR, PLAIN_ASSAULT, TriggerType
from realpolitik.events.wordlists import read_word_sets

DESTRUCTION_MODE = "destroy"
ATTACK_DAMAGE = PLAIN_ASSAULT


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(DATA_DIR / "attack_damage.yaml")


def _wreckers(verb: Token) -> list[Token]:
    """What the verb says did the wrecking: its active subject (a conjoined verb with none shares
    the first verb's: "drones struck the depot and destroyed two tanks", and the parser reads
    "two rockets fired from X destroyed ..." so), or a passive verb's "by"/"in" phrase."""
    out = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
    if not out and verb.dep_ == "conj":
        out = [c for c in verb.head.children if c.dep_ in {"nsubj", "csubj"}]
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        out += [
            o
            for p in verb.children
            if p.dep_ in {"agent", "prep"} and p.lower_ in _words()["agent_preps"]
            for o in p.children
            if o.dep_ == "pobj"
        ]
    return out


def _names_attack(head: Token) -> bool:
    """The noun or one of its compounds is an attack or a weapon ("air strike", "shelling")."""
    attacks = _words()["attack_nouns"]
    words = [head, *(c for c in head.children if c.dep_ == "compound")]
    return any(w.lemma_.lower() in attacks or w.lower_ in attacks for w in words)


def attack_damage_type(ttype: TriggerType, verb: Token) -> TriggerType:
    """`ttype`, or an assault when it reads property destroyed and an attack or a weapon wrecked
    it."""
    if ttype.plover_type != "COERCE" or ttype.mode != DESTRUCTION_MODE or verb.pos_ != "VERB":
        return ttype
    return ATTACK_DAMAGE if any(_names_attack(w) for w in _wreckers(verb)) else ttype
