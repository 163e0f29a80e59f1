"""A party "met by" a force "who" attacked it: "thousands of striking miners were met outside the
ministry by riot police who fired tear gas at them". The passive meeting is no consultation: it
only frames the act the agent's relative clause tells, which is the sentence's main event. So the
meeting ranks as an embedded act would, and the relative clause's act does not rank as a mere
description of its noun (round r40, plover58, from own84 tune; an active "met officials who had
fired ..." stays a meeting, and so does a passive whose agent's clause tells no act of force).
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.events.triggers import is_passive
from realpolitik.nlp.conjuncts import first_conjunct

# Verbs of meeting someone whose passive with a "by" agent frames the agent's act.
MEETING_VERBS = frozenset({"meet", "greet"})
# The acts of force against the party met that make the meeting a frame (ASSAULT, COERCE).
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})


def _agent_clauses(verb: Token) -> list[Token]:
    """The verbs of the relative clauses on the "by" agent of a passive verb of meeting, with
    their joined verbs ("by riot police who lobbed tear gas and fired rubber bullets at them")."""
    if verb.lemma_.lower() not in MEETING_VERBS or not is_passive(verb):
        return []
    return [
        clause
        for by in verb.children
        if by.dep_ in {"agent", "prep"} and by.lower_ == "by"
        for agent in by.children
        if agent.dep_ == "pobj"
        for relative in agent.children
        if relative.dep_ == "relcl"
        for clause in (relative, *relative.conjuncts)
    ]


def meeting_frames_force(verb: Token, force_acts: set[int]) -> bool:
    """Whether `verb` is a passive meeting whose agent's relative clause tells an act of force
    (token indices `force_acts`): "were met ... by riot police who fired tear gas at them"."""
    return any(clause.i in force_acts for clause in _agent_clauses(verb))


def force_on_meeting_agent(verb: Token, force_acts: set[int]) -> bool:
    """Whether `verb` is an act of force (`force_acts`) heading the relative clause on a passive
    meeting's "by" agent: it is neither embedded under the meeting nor a description of the
    agent."""
    return verb.i in force_acts and _meeting_of(verb) is not None


def _meeting_of(verb: Token) -> Token | None:
    """The passive verb of meeting on whose "by" agent `verb` heads a relative clause (or a verb
    joined to one)."""
    relative = first_conjunct(verb)
    if relative.dep_ != "relcl":
        return None
    by = relative.head.head
    if by.lower_ != "by" or not any(c.i == verb.i for c in _agent_clauses(by.head)):
        return None
    return by.head


def party_met(verb: Token) -> Token | None:
    """Who the force met, the passive meeting's subject ("thousands of coca farmers were met
    ... by riot police who lobbed tear gas and fired rubber bullets at them"): the party the
    agent's act falls on, where the clause's "them" is not read as that subject."""
    meeting = _meeting_of(verb)
    if meeting is None:
        return None
    return next((c for c in meeting.children if c.dep_ == "nsubjpass"), None)
