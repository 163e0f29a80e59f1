"""A satellite launched for another party is economic cooperation (round r19, plover37, from the
round r18 report's leftover: own40 tune read "launched an Azerbaijani communications satellite
from Baikonur under a commercial contract" as no event, and CAMEO's "launch ... research" row
read "launched a research satellite" as an investigation).

Putting another state's or company's satellite into orbit is a service done for it: PLOVER
COOPERATE (CAMEO 061, cooperate economically), the convention of `docs/plover-conventions.md`
("a satellite launched under a commercial contract"). A party's own satellite, named by no other
party in the object phrase ("North Korea launched a spy satellite"), is done to nobody: no event.
The owner is told by a party modifier of the satellite ("an Azerbaijani satellite"), a "for"
phrase ("a satellite for Nepal") or a maker or owner phrase ("built by Bhutanese engineers").
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.events.lexicon import TriggerType

LAUNCHED_FOR_ANOTHER = TriggerType("COOPERATE", None, "061", "own")
LAUNCH_VERBS = frozenset({"launch"})
SPACECRAFT = frozenset({"satellite", "spacecraft", "microsatellite", "nanosatellite", "cubesat"})
# Entity labels of a party named in the object phrase (a state, a people, a company or agency).
PARTY_ENTS = frozenset({"GPE", "NORP", "ORG"})
# Prepositions and participles that tell whose satellite it is.
OWNER_PREPS = frozenset({"for", "of"})
OWNER_PARTICIPLES = frozenset({"build", "own", "operate", "make", "design", "order"})


def launched_craft(verb: Token) -> Token | None:
    """The spacecraft `verb` launches ("launched a satellite"), else None."""
    if verb.lemma_.lower() not in LAUNCH_VERBS:
        return None
    return next(
        (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in SPACECRAFT), None
    )


def _names_party(tok: Token) -> bool:
    return tok.ent_type_ in PARTY_ENTS


def owner_named(craft: Token, launcher_words: set[str]) -> bool:
    """Whether the object phrase names a party the satellite is for, other than by a word of the
    launcher's own phrase ("Kenya's agency launched a Kenyan-built satellite" is its own)."""
    for child in craft.children:
        if child.dep_ in {"amod", "compound", "poss", "nmod"} and _names_party(child):
            if child.lower_ not in launcher_words:
                return True
        owner_phrase = (child.dep_ == "prep" and child.lower_ in OWNER_PREPS) or (
            child.dep_ == "acl" and child.lemma_.lower() in OWNER_PARTICIPLES
        )
        if owner_phrase and any(_names_party(t) for t in child.subtree):
            return True
    return False


def satellite_launch(verb: Token) -> tuple[TriggerType, Token] | None:
    """(COOPERATE, the satellite) when `verb` launches a satellite for another party, else None."""
    craft = launched_craft(verb)
    if craft is None:
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    launcher_words = {t.lower_ for t in subject.subtree} if subject is not None else set()
    return (LAUNCHED_FOR_ANOTHER, craft) if owner_named(craft, launcher_words) else None


def own_satellite_launch(verb: Token) -> bool:
    """Whether `verb` launches a satellite for no other party named: done to nobody, no event."""
    return launched_craft(verb) is not None and satellite_launch(verb) is None
