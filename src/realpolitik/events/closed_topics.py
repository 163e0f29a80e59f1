"""A refusal told as a matter closed to talks: "the border line is not up for negotiation",
"Oslo says its quota is not up for discussion". A negated "be up for" with a noun of talking the
matter over is a refusal to talk it over (CAMEO 12, PLOVER REJECT), not a meeting: the talks noun
is typed as the refusal. Unnegated ("the deal is up for negotiation again") it stays as the
lexicon reads it. Word lists: `data/events/closed_topics.yaml`.

Written for round r12c (reader16; the careful reader's r12b leftovers, "not up for discussion").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from realpolitik.events.lexicon import DATA_DIR, TriggerType
from realpolitik.events.wordlists import read_word_sets

WORDS_PATH = DATA_DIR / "closed_topics.yaml"
REFUSAL_TO_TALK = TriggerType("REJECT", None, "120", "own")


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(WORDS_PATH)


def closed_to_talks(noun: Token) -> TriggerType | None:
    """REJECT when `noun` names talks a matter is said not to be up for; else None."""
    words = _words()
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in words["talk_nouns"]:
        return None
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in words["offer_preps"]:
        return None
    offer = prep.head
    if offer.lower_ not in words["offer_words"]:
        return None
    copula = offer.head
    if copula.lemma_.lower() != "be" or not any(c.dep_ == "neg" for c in copula.children):
        return None
    return REFUSAL_TO_TALK


def refusing_teller(noun: Token) -> Token | None:
    """The verb of saying whose clause tells the matter closed ("Oslo says its quota is not up
    for discussion": "says"), whose subject is the refuser; None when the clause stands alone."""
    copula = noun.head.head.head
    return copula.head if copula.dep_ == "ccomp" else None
