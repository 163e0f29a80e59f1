"""Goods given by one party and passed on to another by a second verb with no agent: "Vaccines
donated by Japan were handed to clinics in Timor-Leste", "Tents supplied by the Red Crescent were
distributed to families in Gaza". The giving participle's "by" agent gave them, and the handing
verb's "to" phrase received them; neither verb names both. The giver is the source of both acts
and the receiver (or a party named inside the "to" phrase, "clinics in Timor-Leste") their
target. Round r17 (args21): leftover of round r16 (own4 tune, "Medical supplies donated by ...
were handed to hospitals in ..."). Words: `data/events/donated_goods.yaml`."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from realpolitik.events.arguments import Arguments, MentionIndex, actors_of
from realpolitik.events.lexicon import DATA_DIR
from realpolitik.events.wordlists import read_word_sets
from realpolitik.model import ActorMention, PlaceMention

WORDS_PATH = DATA_DIR / "donated_goods.yaml"


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(WORDS_PATH)


def _giver_participle(goods: Token) -> Token | None:
    """ "vaccines donated by Japan": the giving participle on the goods, when it has an agent."""
    for part in goods.children:
        if (
            part.dep_ == "acl"
            and part.tag_ == "VBN"
            and part.lower_ in _words()["giving_participles"]
            and any(c.dep_ == "agent" for c in part.children)
        ):
            return part
    return None


def _handing_verb(goods: Token) -> Token | None:
    """The agentless passive verb the goods are the subject of ("were handed to ...")."""
    verb = goods.head
    if goods.dep_ != "nsubjpass" or verb.lemma_.lower() not in _words()["handing_verbs"]:
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    return verb


def _givers(participle: Token, index: MentionIndex) -> list[ActorMention]:
    return [
        m
        for agent in participle.children
        if agent.dep_ == "agent"
        for obj in agent.children
        if obj.dep_ == "pobj"
        for m in actors_of(obj, index)
    ]


def _receivers(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """Every party named inside the handing verb's "to" phrase, in text order ("clinics in
    Baucau", or the state of "hospitals in Malawi" where the clinics are no party)."""
    inside = [
        index.at(t)
        for prep in verb.children
        if prep.dep_ in {"prep", "dative"} and prep.lower_ == "to"
        for obj in prep.children
        if obj.dep_ == "pobj"
        for t in obj.subtree
    ]
    return sorted({id(m): m for m in inside if m}.values(), key=lambda m: m.start)


def _giving_and_handing(verb: Token) -> tuple[Token, Token] | None:
    """(the giving participle, the handing verb) where `verb` is the giving participle on goods
    that an agentless handing verb passes on, or that handing verb itself; None otherwise."""
    participle: Token | None
    if verb.dep_ == "acl" and _giver_participle(verb.head) == verb:
        participle, handing = verb, _handing_verb(verb.head)
    elif (goods := next((c for c in verb.children if c.dep_ == "nsubjpass"), None)) is not None:
        participle, handing = _giver_participle(goods), _handing_verb(goods)
        if handing != verb:
            return None
    else:
        return None
    if participle is None or handing is None:
        return None
    return participle, handing


def receiving_place(verb: Token, places: dict[int, PlaceMention]) -> PlaceMention | None:
    """ "were handed to hospitals in Khartoum": where the "to" phrase names no party, the first
    place with a country inside it (its state received the goods)."""
    pair = _giving_and_handing(verb)
    if pair is None:
        return None
    for prep in pair[1].children:
        if prep.dep_ in {"prep", "dative"} and prep.lower_ == "to":
            for tok in prep.subtree:
                hit = places.get(tok.i)
                if hit is not None and hit.place.country:
                    return hit
    return None


def donated_goods_parties(verb: Token, args: Arguments, index: MentionIndex) -> Arguments:
    """`args` with the giver as source and the receiver as target, where `verb` is the giving
    participle on goods that an agentless handing verb passes on, or that handing verb itself;
    parties already found are kept."""
    pair = _giving_and_handing(verb)
    if pair is None:
        return args
    participle, handing = pair
    source = args.source or _givers(participle, index)
    target = args.target or [m for m in _receivers(handing, index) if m not in source]
    return replace(args, source=source, target=target)
