"""Acts named by their purpose: sending forces "to help" someone is aid, summoning an envoy "to
protest" is an official complaint, travelling "to meet" someone is a visit to them (word lists:
`data/events/purpose.yaml`).

The verb alone reads otherwise: "sent troops" is a show of force (MOBILIZE) and "summoned the
ambassador" a meeting (CONSULT), so their sentences landed on the wrong side of cooperation and
conflict. The purpose is a bare to-infinitive with no subject of its own on the verb ("to help
Russia"); its object, when it names a party, is whom the act is for or against.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from realpolitik.events.lexicon import DATA_DIR, TriggerType
from realpolitik.events.wordlists import read_word_sets

WORDS_PATH = DATA_DIR / "purpose.yaml"
HELP = TriggerType("AID", "military", "074", "own")  # CAMEO: military protection or peacekeeping
COMPLAINT = TriggerType("ACCUSE", None, "114", "own")  # CAMEO: complain officially


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(WORDS_PATH)


def _purposes(verb: Token) -> list[Token]:
    """The verb's bare to-infinitive adjuncts: "sent troops [to help] Russia"."""
    return [
        c for c in verb.children
        if c.dep_ in {"advcl", "xcomp"} and c.pos_ == "VERB"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and not any(a.dep_ in {"nsubj", "nsubjpass", "mark"} for a in c.children)
    ]  # fmt: skip


def purposed(ttype: TriggerType, verb: Token) -> tuple[TriggerType, Token | None]:
    """The act's type read from its purpose, and the purpose verb (None: unchanged)."""
    if verb.pos_ != "VERB":
        return ttype, None
    words, lemma = _words(), verb.lemma_.lower()
    for p in _purposes(verb):
        purpose = p.lemma_.lower()
        if lemma in words["sending_verbs"] and purpose in words["helping_purposes"]:
            return HELP, p
        if lemma in words["summoning_verbs"] and purpose in words["complaint_purposes"]:
            return COMPLAINT, p
        if lemma in words["travel_verbs"] and purpose in words["meeting_purposes"]:
            return ttype, p  # "flew to Ankara to meet X": the visit's type, aimed at X
    return ttype, None
