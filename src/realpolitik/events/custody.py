"""Harm done to someone held in custody: the custodian did it ("died as a result of torture while
in Israeli police custody", "was tortured in Turkish police custody", "died in the custody of
Egyptian security forces"). The holder named on "custody" is the source; where the act is the
victim's death ("X died ... in Y's custody"), the one who died is the target, not the source.
Round r16, args20: PLOVER gold tune's death under torture in police custody had no pair.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.events.arguments import MentionIndex, actors_of, subject_parties
from realpolitik.model import ActorMention

CUSTODY_NOUNS = frozenset({"custody", "detention"})
CUSTODY_PREPS = frozenset({"in", "under", "while"})
# Verbs whose subject is the victim ("died in custody"), not the doer.
VICTIM_SUBJECT_LEMMAS = frozenset({"die"})


def custodians(trigger: Token, plover_type: str, index: MentionIndex) -> list[ActorMention]:
    """The parties holding the custody an act of harm happened in, or an empty list."""
    if plover_type != "ASSAULT":
        return []
    clause = _clause_verb(trigger)
    for tok in clause.subtree:
        if tok.lower_ not in CUSTODY_NOUNS or tok.dep_ != "pobj":
            continue
        if tok.head.lower_ not in CUSTODY_PREPS:
            continue
        holders: list[ActorMention] = []
        for left in tok.lefts:  # "Israeli police custody", "Turkey's custody"
            if left.dep_ in {"amod", "compound", "poss", "nmod"}:
                holders += [m for m in actors_of(left, index) if m not in holders]
        for prep in tok.children:  # "the custody of Egyptian security forces"
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        holders += [m for m in actors_of(pobj, index) if m not in holders]
        if holders:
            return holders
    return []


def stays_in_custody(noun: Token, staying_verbs: frozenset[str]) -> bool:
    """`noun` is a custody noun in the "in" phrase of a verb of staying ("the journalists stayed
    in detention", "remained in custody"): the verb's subject is the one held (round r42,
    reader46, from stop 61's list; the custody had read its subject as the holder)."""
    return (
        noun.dep_ == "pobj"
        and noun.lower_ in CUSTODY_NOUNS
        and noun.head.lower_ == "in"
        and noun.head.head.lemma_.lower() in staying_verbs
    )


def victim_is_subject(trigger: Token) -> bool:
    """The trigger's subject suffered the act ("X died in custody")."""
    return trigger.lemma_.lower() in VICTIM_SUBJECT_LEMMAS


def died_of(trigger: Token, index: MentionIndex) -> list[ActorMention]:
    """Who died of the act: the subject of the "died" its clause hangs on ("X died as a result of
    torture", "X died after being tortured"), or an empty list."""
    verb = _clause_verb(trigger)
    if verb.i == trigger.i or verb.lemma_.lower() not in VICTIM_SUBJECT_LEMMAS:
        return []
    return subject_parties(verb, index)


def _clause_verb(trigger: Token) -> Token:
    """The verb of the clause the trigger stands in (itself when a verb); a participle of an
    "after being tortured" clause reaches up to the verb it hangs on."""
    tok = trigger
    while tok.pos_ not in {"VERB", "AUX"} and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in {"advcl", "pcomp"} and tok.head.i != tok.i:
        tok = tok.head if tok.head.pos_ in {"VERB", "AUX"} else tok.head.head
    return tok
