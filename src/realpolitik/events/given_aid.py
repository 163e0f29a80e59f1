"""Aid named by the noun of what is given, with both parties on it: "New Zealand's grant to Papua
New Guinea's clinics", "a 50 million euro loan to Tunisia by the European Investment Bank" (AID,
CAMEO 071). Where such a phrase is the subject of a verb that only reports it ("was announced",
"will run until 2030"), the sentence had no event, or the verb's event took the giver as its
target. The noun alone is no event ("the loan matures in 2030"): it needs a giver (a possessor,
or a "by"/"from" phrase) and a "to" recipient. Word list: `data/events/given_aid_nouns.yaml`.
Round r13 (args17)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from realpolitik.events.lexicon import DATA_DIR, TriggerType
from realpolitik.events.wordlists import read_word_sets

WORDS_PATH = DATA_DIR / "given_aid_nouns.yaml"
GIVEN_AID = TriggerType("AID", None, "071", "own")  # CAMEO: provide economic aid


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(WORDS_PATH)


def _has_prep(noun: Token, preps: frozenset[str]) -> bool:
    return any(
        c.dep_ == "prep" and c.lower_ in preps and any(p.dep_ == "pobj" for p in c.children)
        for c in noun.children
    )


def given_aid_event(noun: Token) -> TriggerType | None:
    """AID when `noun` is a noun of money or goods given with a giver and a "to" recipient."""
    words = _words()
    if noun.lemma_.lower() not in words["given_aid_nouns"]:
        return None
    giver = any(c.dep_ == "poss" for c in noun.children) or _has_prep(noun, words["giver_preps"])
    return GIVEN_AID if giver and _has_prep(noun, words["recipient_preps"]) else None
