"""Requests with an owner: "rejected the ministry's demand for compensation", "turned down a
Kazakh request to inspect the dam". Whatever verb takes such a noun, the request was made: it is
its owner's act (PLOVER REQUEST), told as done, not the verb's object word only, and a denial verb
over it denies nothing of its making (issue 9, round r13, reader17, from the reader_own12 and
reader_own11 tune misses). An unowned one ("rejected the demand") may repeat a request told
before and stays the verb's object."""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.events.lexicon import TriggerType
from realpolitik.events.requested_acts import object_act_words


def _request_nouns() -> frozenset[str]:
    """Request nouns, and offer nouns, which ask the other party to take what is offered
    (`owned_offer_nouns`, round r14, reader18: "rejected the Togolese offer of talks")."""
    return object_act_words()["owned_request_nouns"] | object_act_words()["owned_offer_nouns"]


def owned_request(noun: Token) -> bool:
    """`noun` is a request or offer noun (`owned_request_nouns`, `owned_offer_nouns` in
    `data/events/object_acts.yaml`) with its owner before it: a possessive ("the ministry's",
    "its") or a proper name or adjective ("a Kazakh request", "the Hamas demand", "Ghana's
    offer")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _request_nouns():
        return False
    return any(
        c.dep_ == "poss" or (c.dep_ in {"amod", "compound"} and c.text[:1].isupper() and c.i > c.sent.start)
        for c in noun.children
        if c.i < noun.i
    )


def answered_request(noun: Token) -> bool:
    """`noun` is an owned request that a verb answering, keeping or giving it up takes as its
    object ("might drop its demand", "rejected the ministry's demand"): the request was made,
    whatever that verb's own modality (`request_answering_verbs`)."""
    return (
        owned_request(noun)
        and noun.dep_ in {"dobj", "nsubjpass"}
        and noun.head.lemma_.lower() in object_act_words()["request_answering_verbs"]
    )


# An offer made (CAMEO 03, "express intent to cooperate"; PLOVER AGREE, as the verb "offered").
OFFER_MADE = TriggerType("AGREE", None, "030", "own")


def owned_offer_event(noun: Token) -> TriggerType | None:
    """An offer noun with its owner ("Tanzania's offer to mediate", "the Togolese proposal") is
    the owner's offer, an event of its own wherever it stands; an unowned "the offer" repeats one
    told before, and "offer" alone names no event (link lines' "special offer")."""
    if noun.lemma_.lower() in object_act_words()["owned_offer_nouns"] and owned_request(noun):
        return OFFER_MADE
    return None


# A request made (CAMEO 020 "make an appeal or request", PLOVER REQUEST), as the noun "appeal".
REQUEST_MADE = TriggerType("REQUEST", "appeal", "020", "own")


def request_with_content_event(noun: Token) -> TriggerType | None:
    """A request noun that names a request only with what it asks (`content_request_nouns`): "a
    government call to stay on the land", "a plea to release the hostages", "calls for restraint".
    The parser hangs the infinitive on the verb that takes the noun ("defying a call to stay":
    "stay" under "defying"), so the infinitive is read as the words right after the noun."""
    words = object_act_words()
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in words["content_request_nouns"]:
        return None
    if any(c.lemma_.lower() in words["content_request_non_modifiers"] for c in noun.lefts):
        return None
    asks_for = any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.children)
    return REQUEST_MADE if asks_for or _infinitive_follows(noun) else None


def _infinitive_follows(noun: Token) -> bool:
    """ "call to stay": "to" right after the noun, with a base-form verb as its head."""
    doc = noun.doc
    if noun.i + 1 >= len(doc):
        return False
    to = doc[noun.i + 1]
    return to.tag_ == "TO" and to.head.tag_ == "VB" and to.head.i > to.i
