"""An arms transfer approved: "Washington approved the sale of fighter jets to Turkey", "the
government cleared the export of 40 howitzers to Kyiv", "the arms sale was approved by Congress".

"approve" reads an agreement (CAMEO 03) with most objects, but approving a sale, transfer or
delivery of weapons to a party is the approver's side giving arms to it: military aid, CAMEO 072,
PLOVER AID 'military', as "supply arms" and "send weapons" read. A weapon named only as a system
counts when the transfer noun names it ("the sale of an air defence system"). Word lists:
`data/events/arms_transfers.yaml`.

Written for issue 9, round r13 (plover31 helper, from own2 tune and the brief's known leftover
"an approved arms sale"). Round r17 (plover35): kit a military modifier marks ("patrol vessels",
"armoured vehicles") counts as weapons.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from realpolitik.events.lexicon import DATA_DIR, TriggerType
from realpolitik.events.wordlists import read_word_sets

WORDS_PATH = DATA_DIR / "arms_transfers.yaml"
ARMS_GIVEN = TriggerType("AID", "military", "072", "own")


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(WORDS_PATH)


def _transfer_objects(verb: Token) -> list[Token]:
    """The verb's object, or its subject when it is passive ("the sale was approved")."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    deps = {"dobj", "nsubjpass"} if passive else {"dobj"}
    return [c for c in verb.children if c.dep_ in deps]


def _is_military_kit(thing: Token) -> bool:
    """ "patrol vessels", "armoured vehicles": a kit noun a military modifier marks as weapons."""
    marks = _words()["weapon_modifiers"]
    return any(
        m.dep_ in {"compound", "amod"} and (m.lemma_.lower() in marks or m.lower_ in marks)
        for m in thing.children
    )


def _names_weapons(transfer: Token) -> bool:
    weapons = _words()["weapon_nouns"]
    modifiers = [c for c in transfer.children if c.dep_ in {"compound", "amod"}]
    of_objects = [
        pobj
        for prep in transfer.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    return any(
        w.lemma_.lower() in weapons or w.lower_ in weapons for w in modifiers + of_objects
    ) or any(_is_military_kit(o) for o in of_objects)


def approved_arms_transfer(verb: Token) -> tuple[TriggerType, Token] | None:
    """Military aid and the transfer noun when `verb` approves a transfer of weapons; else None."""
    words = _words()
    if verb.lemma_.lower() not in words["approving_verbs"]:
        return None
    for obj in _transfer_objects(verb):
        if obj.lemma_.lower() in words["transfer_nouns"] and _names_weapons(obj):
            return ARMS_GIVEN, obj
    return None


def _bought_things(verb: Token) -> list[Token]:
    """What the verb of buying bought: its object, its passive subject, or the noun its past
    participle describes ("armoured vehicles bought from Turkey")."""
    things = _transfer_objects(verb)
    if not things and verb.dep_ == "acl" and verb.tag_ == "VBN":
        things = [verb.head]
    return things


def _bought_from_someone(verb: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)


def bought_arms(verb: Token) -> tuple[TriggerType, Token] | None:
    """Military aid and the weapons when `verb` buys weapons from a seller ("bought six drones
    from Turkey", "armoured vehicles bought from Turkey"); else None. Arms sold to a party are
    military aid, as an approved sale reads; without a "from" phrase ("bought new rifles") no
    seller is told and the verb keeps its reading (round r28, reader32: reader_own27 tune)."""
    if verb.lemma_.lower() not in _words()["buying_verbs"] or not _bought_from_someone(verb):
        return None
    weapons = _words()["weapon_nouns"]
    for thing in _bought_things(verb):
        if thing.lemma_.lower() in weapons or thing.lower_ in weapons or _is_military_kit(thing):
            return ARMS_GIVEN, thing
    return None
