"""A crossing, border or port opened so that aid gets in: "reopened the crossing to allow aid
trucks into Gaza", "opened the bridge to allow the delivery of grain to Afghanistan".

Reopening a crossing alone eases a restriction (CAMEO 081, CONCEDE; own_triggers.tsv). Opened
for the purpose of letting aid in, the opening is the access given: CAMEO 0863 ("allow delivery
of humanitarian aid"), PLOVER RETREAT 'access' (docs/plover-conventions.md, the "aid workers let
in" row; the PLOVER gold codes such an opening RETREAT). The purpose is a "to" clause under the
verb of opening whose own reading is that access (the "aid let in" family of
`data/events/pattern_families.yaml`).

Written for issue 9, round r13 (plover31 helper, from a PLOVER tune miss).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from realpolitik.events.lexicon import Lexicon, TriggerType

OPENING_VERBS = frozenset({"open", "reopen"})
AID_ACCESS_CAMEO = "0863"


def _purpose_clauses(verb: Token) -> list[Token]:
    """The verb's "to" clauses of purpose ("opened the bridge *to allow* ...")."""
    return [
        c
        for c in verb.children
        if c.dep_ in {"advcl", "xcomp"}
        and c.pos_ == "VERB"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]


def opened_for_access(
    verb: Token,
    lex: Lexicon,
    type_of: Callable[[Token, Lexicon], TriggerType | None],
) -> TriggerType | None:
    """The aid-access reading when `verb` opens something so as to let aid in; else None."""
    if verb.lemma_.lower() not in OPENING_VERBS:
        return None
    for clause in _purpose_clauses(verb):
        reading = type_of(clause, lex)
        if reading is not None and reading.cameo == AID_ACCESS_CAMEO:
            return reading
    return None
