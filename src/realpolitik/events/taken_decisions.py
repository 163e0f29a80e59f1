"""A decision told as taken names the act it decides: "the government's decision to withdraw its
ambassador", "Quito's decision last week to expel the attache". The infinitive under an
intention noun reads as intended (`polarity.yaml` intention_nouns: "a plan to expel", "a
decision to hold elections next year"), but a decision owned by its party or named as the one
("the decision to ...") retells a removal, a recall or a suspension that took effect when it was
decided. Only SANCTION acts (expelling, recalling, suspending, cutting ties) are read so: a
decided offensive or election is still to come (round r29, fuse28: fusion_own23 tune "the
government's decision to withdraw its ambassador" stayed intended and apart from "recalled its
ambassador" of the wire)."""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.events.infinitives import to_infinitive

# Nouns of a decision taken; "plan", "proposal", "bid" and "move" are left out ("the move to
# expel" may be a step still under way, and a plan is not yet carried out).
DECISION_NOUNS = frozenset({"decision"})
# Determiners that name the decision as the one taken ("the decision", "this decision"); "a
# decision to ..." may still be to come.
DEFINITE_DETERMINERS = frozenset({"the", "this", "that"})
# The acts a decision carries out by being taken (PLOVER types).
DECIDED_TYPES = frozenset({"SANCTION"})
# Date words that put the decided act ahead: "the decision to close the border next month" is a
# plan (round r27's test of `fusion.text_cues.is_wanted_act` holds it so).
FORWARD_WORDS = frozenset({"next", "tomorrow", "coming", "upcoming"})


def taken_decision(verb: Token, plover_type: str) -> Token | None:
    """The decision noun whose to-infinitive `verb` is, where the decision is owned ("Peru's
    decision to") or definite ("the decision to"), the act is of a type carried out by being
    decided and no date word puts it ahead; else None."""
    if plover_type not in DECIDED_TYPES or verb.dep_ != "acl" or not to_infinitive(verb):
        return None
    noun = verb.head
    if noun.lemma_.lower() not in DECISION_NOUNS or noun.i > verb.i:
        return None
    if any(t.lower_ in FORWARD_WORDS for t in verb.subtree):
        return None
    owned = any(c.dep_ == "poss" for c in noun.children)
    definite = any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children)
    return noun if owned or definite else None
