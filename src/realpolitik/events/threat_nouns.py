"""A threat named by its noun and the act it threatens: "its threat to expel the diplomats",
"the threat to suspend transit through the port" (THREATEN, CAMEO 130; the act threatened stays
an event of its own, not done, as polarity reads an infinitive under a threat).

The noun alone is no event: "a threat to food supplies" or "remains a threat to stability" name a
danger, and there "to" is a preposition, not an infinitive's marker. Word list:
`data/events/threat_nouns.yaml`. Written for issue 9 item 4, round r11 (reader12, reader_own10
tune: "the threat to suspend Bolivian transit" had no threat). A warning is a threat the same way
when its "that" clause tells the warner's own future act ("a warning from Moscow that it would
treat the jets as targets"; round r12b, plover29)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from realpolitik.events.infinitives import to_infinitive
from realpolitik.events.lexicon import DATA_DIR, PLAIN_THREAT, TriggerType
from realpolitik.events.wordlists import read_word_sets

WORDS_PATH = DATA_DIR / "threat_nouns.yaml"


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(WORDS_PATH)


def _threatening_nouns() -> frozenset[str]:
    return _words()["threatening_nouns"]


def _to_infinitive(word: Token) -> bool:
    """A bare verb with its "to" ("to expel")."""
    return word.tag_ == "VB" and to_infinitive(word)


def _warners_future_act(verb: Token) -> bool:
    """A clause of the warner's own future act: "that it would treat ...", "that they will"."""
    words = _words()
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return (
        bool(aux & words["future_aux"])
        and subject is not None
        and subject.lower_ in words["warner_pronouns"]
    )


def threat_noun_event(noun: Token) -> TriggerType | None:
    """THREATEN when `noun` is a threatening noun whose clause says what it threatens, or a noun
    of warning whose "that" clause tells the warner's own future act; else None."""
    lemma = noun.lemma_.lower()
    if lemma in _threatening_nouns():
        if any(c.dep_ == "acl" and _to_infinitive(c) for c in noun.children):
            return PLAIN_THREAT
        if any(
            prep.lower_ == "of" and p.dep_ == "pobj" and p.lemma_.lower() in _threatened_acts()
            for prep in noun.children
            for p in prep.children
        ):
            # "the threat of a naval escort", "the threat of sanctions": a party's act held over
            # another; "the threat of famine" names a danger (round r12, reader14, reader_own11
            # tune). Only a threatening noun: "a new round of sanctions" is no threat.
            return PLAIN_THREAT
        return None
    if lemma in _words()["warning_nouns"] and any(
        c.dep_ in {"acl", "ccomp", "relcl"} and _warners_future_act(c) for c in noun.children
    ):
        return PLAIN_THREAT
    return None


def _threatened_acts() -> frozenset[str]:
    return _words()["threatened_act_nouns"]
