"""A pledge told together with the giving that keeps it: "pledged aid to Chad, sending a field
hospital to Abeche".

A pledge of help alone is AGREE (PLOVER 3.6, p.14: promises of future aid). When a participle
clause of the same subject tells goods or people being sent now, the aid is given, not only
promised: docs/plover-conventions.md reads aid given with named goods as AID, so the pledge takes
the participle's AID reading. "pledged aid, warning that ..." or a participle of another act
leaves the pledge AGREE. Word list: `data/events/pledges_delivered.yaml`.

A pledge of a named sum of help to a recipient ("pledged $40 million in drought relief to
Somalia") is AID too: the conventions read aid pledged with a sum or goods named as AID, where
broad promises ("promised military aid") stay AGREE (round r22, args26).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from realpolitik.events.lexicon import DATA_DIR, Lexicon, TriggerType
from realpolitik.events.wordlists import read_word_sets

WORDS_PATH = DATA_DIR / "pledges_delivered.yaml"
PLEDGED_TYPE = "AGREE"
GIVEN_TYPE = "AID"
PLEDGED_AID = TriggerType("AID", None, "071", "own")  # CAMEO: provide economic aid


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(WORDS_PATH)


def _pledging_verbs() -> frozenset[str]:
    return _words()["pledging_verbs"]


def pledge_delivered(
    verb: Token,
    ttype: TriggerType | None,
    lex: Lexicon,
    type_of: Callable[[Token, Lexicon], TriggerType | None],
) -> TriggerType | None:
    """The AID reading of a participle clause ("..., sending a medical team") that keeps the
    pledge `verb` reads AGREE; None otherwise. `type_of` types the participle as the trigger
    finder does."""
    if ttype is None or ttype.plover_type != PLEDGED_TYPE:
        return None
    if verb.lemma_.lower() not in _pledging_verbs():
        return None
    for participle in verb.children:
        if participle.dep_ != "advcl" or participle.tag_ != "VBG":
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in participle.children):
            continue  # "pledged aid while Russia was sending troops": another party's act
        read = type_of(participle, lex)
        if read is not None and read.plover_type == GIVEN_TYPE:
            return read
    return None


def is_sum(tok: Token) -> bool:
    """A word of a sum of money ("$50 million", "20 million dollars")."""
    return tok.ent_type_ == "MONEY" or tok.tag_ == "$"


def sum_in_phrases(verb: Token, obj: Token) -> list[Token]:
    """The "in" phrases that say what the sum `obj` of `verb` is ("$50 million in aid to X"):
    on the sum, or on the verb right after it, where the parser hangs it as often ("pledged 20
    million dollars in aid to Laos"; stop 70, lead: that pledge was read AGREE, and a receiver
    on the aid noun was never read)."""
    if not is_sum(obj):
        return []
    on_verb = [c for c in verb.children if c.i == obj.right_edge.i + 1]
    return [
        c
        for c in [*obj.children, *on_verb]
        if c.dep_ == "prep" and c.lower_ == "in" and any(p.dep_ == "pobj" for p in c.children)
    ]


def pledged_sum(verb: Token, ttype: TriggerType | None) -> TriggerType | None:
    """AID when the pledge `verb` (read AGREE) names a sum of help as its object and a "to"
    recipient ("pledged $40 million in drought relief to Somalia"); None otherwise."""
    if ttype is None or ttype.plover_type != PLEDGED_TYPE:
        return None
    if verb.lemma_.lower() not in _pledging_verbs():
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return None
    words = list(objects[0].subtree)
    words += [t for p in sum_in_phrases(verb, objects[0]) if p.head.i == verb.i for t in p.subtree]
    helps = _words()["pledged_sum_nouns"]
    if not any(is_sum(t) for t in words) or not any(t.lemma_.lower() in helps for t in words):
        return None
    scope = list(verb.children) + words
    if not any(t.dep_ == "prep" and t.lower_ == "to" for t in scope):
        return None
    return PLEDGED_AID
