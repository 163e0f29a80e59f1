"""Whom a criticism is aimed at when what it criticises is another party's act.

"Japan protested the detention of two fishermen by Russian border guards": the protest is aimed
at the guards who detained them, not at the fishermen, yet the object's first party (its "of"
phrase) was read as the target. When a criticising act's object (or what follows "against" or
"over") names its doer in a "by" phrase, that doer is the target: "condemned the expulsion of its
diplomats by Pyongyang", "denounced remarks by the minister". Stop 46, lead.

A complaint made TO a state is aimed at that state, whoever did what it complains of: "complained
to Lima about the burning of a bus by a crowd of farmers" holds Lima answerable, not the crowd (the
PLOVER gold reads "lodged an official protest with Albania" so; a complaint to the United Nations
"over two Israeli air raids" is aimed at the raids' doer, so only a state addressee holds). Issue 9,
stop 73, args57: own111 tune and the brief's leftover of own109.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.events.arguments import MentionIndex, actors_of
from realpolitik.events.nominal_objects import prep_objects
from realpolitik.model import ActorMention

# Prepositions of a criticising verb whose object is what is criticised ("protested against the
# seizure ...", "complained over the arrest ...").
CRITICISED_PREPS = {"against", "over", "about"}
# PLOVER types whose target is whom the criticism or refusal is aimed at.
CRITICISING_TYPES = {"ACCUSE", "REJECT"}
# Prepositions naming whom a complaint is made to ("complained to Lima", "protested with Rome").
ADDRESSEE_PREPS = ("to", "with")


def _made_to_a_state(verb: Token, index: MentionIndex) -> bool:
    """The criticising verb names a state (or one of its sectors) as whom it is made to."""
    return any(
        m.is_state_or_sector
        for prep in ADDRESSEE_PREPS for o in prep_objects(verb, prep) for m in actors_of(o, index)
    )  # fmt: skip


def _criticised_nouns(verb: Token, index: MentionIndex) -> list[Token]:
    """What the verb criticises: its direct object when that is no party itself ("summoned the
    envoy over the arrest of two men by X" aims at the envoy, who hears the complaint), else
    what follows "against", "over" or "about"."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    if objects:
        return [o for o in objects if index.at(o) is None]
    return [
        p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in CRITICISED_PREPS
        for p in prep.children if p.dep_ == "pobj"
    ]  # fmt: skip


def criticised_doers(
    plover_type: str | None, verb: Token, index: MentionIndex, source: list[ActorMention]
) -> list[ActorMention]:
    """The parties a "by" phrase names as the doers of what a criticising verb criticises. The
    parser hangs "by" on the act noun or on its "of" object ("the seizure of boats by X");
    both are read."""
    if plover_type not in CRITICISING_TYPES or verb.pos_ != "VERB":
        return []
    if _made_to_a_state(verb, index):  # "complained to Lima about ... by a crowd": Lima
        return []
    found: list[ActorMention] = []
    for noun in _criticised_nouns(verb, index):
        holders = [noun] + [
            p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for p in prep.children if p.dep_ == "pobj"
        ]  # fmt: skip
        for holder in holders:
            for by in holder.children:
                if by.dep_ not in {"prep", "agent"} or by.lower_ != "by":
                    continue
                for p in by.children:
                    if p.dep_ == "pobj":
                        found += [
                            m for m in actors_of(p, index) if m not in source and m not in found
                        ]
    return found
