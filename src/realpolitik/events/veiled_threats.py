"""Veiled threats told by a verb of saying: "Rabat said the decision cannot remain without
consequences", "Moscow said the expulsions would not go unanswered". The speaker warns of a
response it does not name, which is a threat (CAMEO 130, PLOVER THREATEN) by the speaker; the
verb of saying had no event of its own, as it only reports (round r29, reader33, from a
reader_own28 tune miss). "will have consequences" is left out: "said the storm would have
consequences for the harvest" warns of nothing."""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.events.lexicon import TriggerType
from realpolitik.events.polarity import is_negated

VEILED_THREAT = TriggerType("THREATEN", None, "130", "own")
# Verbs of an act staying as it is ("would not go unanswered", "cannot remain without consequences")
STAYING_VERBS = frozenset({"go", "remain", "pass", "stay"})
# What it must not stay: answered by no one, unpunished
UNANSWERED_WORDS = frozenset({"unanswered", "unpunished", "unchallenged"})
# The response the speaker warns of, unnamed
CONSEQUENCE_NOUNS = frozenset({"consequence", "repercussion", "response"})


def veiled_threat(verb: Token) -> bool:
    """The verb's clausal complement warns of an unnamed response to an act."""
    return any(_not_left_unanswered(c) for c in verb.children if c.dep_ == "ccomp")


def _not_left_unanswered(clause: Token) -> bool:
    """ "would not go unanswered", "cannot remain without consequences"."""
    if clause.lemma_.lower() not in STAYING_VERBS or not is_negated(clause):
        return False
    if any(
        c.dep_ in {"acomp", "oprd", "advmod"} and c.lower_ in UNANSWERED_WORDS
        for c in clause.children
    ):
        return True
    return any(
        p.dep_ == "pobj" and p.lemma_.lower() in CONSEQUENCE_NOUNS
        for c in clause.children
        if c.dep_ == "prep" and c.lower_ == "without"
        for p in c.children
    )
