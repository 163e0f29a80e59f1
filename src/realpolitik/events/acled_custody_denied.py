"""A person held by the state whose custody is denied (round r15, issue 9, helper "acled18").

The ACLED codebook's forced disappearance is a person taken by state or armed agents whose
whereabouts are then concealed; the usual telling in the news is the authorities denying that
they hold the person ("no station admits holding him", "the police deny detaining him",
"security services have not acknowledged holding the bloggers"). The classifier read such a
report of a student activist picked up by plain-clothed officers as a protest's intervention
(own7 tune): the activist and the officers are protest words, and no disappearance reader fired.
The word groups are those of `acled_phrases.tsv` (`hold_person`, `deny_custody`, `admit_custody`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from realpolitik.events.acled_phrases import in_group
from realpolitik.nlp.columns import span_tokens

PERSON_WORDS = frozenset({"him", "her", "them", "he", "she", "they"})


def _holds_person(verb: Token) -> bool:
    """A verb of holding or detaining with a person as its object ("holding him", "detaining
    the two bloggers")."""
    if not in_group(verb, "hold_person"):
        return False
    return any(
        c.dep_ in {"dobj", "obj"}
        and (c.lower_ in PERSON_WORDS or c.ent_type_ == "PERSON" or c.pos_ in {"NOUN", "PROPN"})
        for c in verb.children
    )


def _negated(verb: Token) -> bool:
    """The verb is negated, or its subject is "no ..." or "nobody" ("no station admits")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(
        s.lower_ in {"nobody", "none"}
        or any(d.dep_ == "det" and d.lower_ == "no" for d in s.children)
        for s in subjects
    )


def _denier(verb: Token) -> Token | None:
    """The verb of denying or not admitting that governs the holding verb, if any: its clause
    head ("deny detaining him") or the verb of a preposition it hangs on ("admits to having")."""
    # the parser at times takes the admitting verb for an auxiliary of the holding one ("no
    # police station admits holding him": "admits" aux of "holding")
    for c in verb.children:
        if c.dep_ == "aux" and (in_group(c, "deny_custody") or in_group(c, "admit_custody")):
            return c
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head
    elif verb.dep_ not in {"xcomp", "ccomp"}:
        return None
    return head if head.i != verb.i else None


def reads_custody_denied(sent: Span) -> bool:
    """A person held whose holding the holders deny or do not admit."""
    for tok in span_tokens(sent):
        if tok.pos_ != "VERB" or not _holds_person(tok):
            continue
        denier = _denier(tok)
        if denier is None:
            continue
        if in_group(denier, "deny_custody") or (in_group(denier, "admit_custody") and _negated(denier)):
            return True
    return False
