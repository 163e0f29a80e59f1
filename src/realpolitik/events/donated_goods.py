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


def giver_participle(goods: Token) -> Token | None:
    """ "vaccines donated by Japan": the giving participle on the goods, when it has an agent;
    also on what the goods' "of" phrase holds ("a shipment of bicycles gifted by Japan", round
    r33)."""
    held = [o for p in goods.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    for part in (c for g in [goods, *held] for c in g.children):
        if (
            part.dep_ == "acl"
            and part.tag_ == "VBN"
            and part.lower_ in _words()["giving_participles"]
            and any(c.dep_ == "agent" for c in part.children)
        ):
            return part
    return None


def _handing_verb(goods: Token) -> Token | None:
    """The agentless passive verb the goods are the subject of ("were handed to ..."), or the
    verb of arriving they are the subject of ("arrived in Harare", round r33)."""
    verb = goods.head
    if goods.dep_ == "nsubj" and _arriving(verb):
        return verb
    if goods.dep_ == "nsubj" and (serving := _serving_verb(verb)) is not None:
        return serving
    if goods.dep_ != "nsubjpass" or verb.lemma_.lower() not in _words()["handing_verbs"]:
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    return verb


def _serving_verb(verb: Token) -> Token | None:
    """The active verb of serving the goods are the subject of ("supply power to two
    hospitals"), or the one a verb of starting governs ("began supplying ..."); round r47."""
    words = _words()
    if verb.pos_ != "VERB" or any(c.dep_ in {"auxpass", "agent"} for c in verb.children):
        return None
    if verb.lemma_.lower() in words["serving_verbs"]:
        return verb
    if verb.lemma_.lower() in words["starting_verbs"]:
        return next(
            (c for c in verb.children
             if c.dep_ == "xcomp" and c.lemma_.lower() in words["serving_verbs"]),
            None,
        )  # fmt: skip
    return None


def _arriving(verb: Token) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _words()["arriving_verbs"]


def _receiving_phrases(verb: Token) -> list[Token]:
    """Where the handing verb names the receiver: its "to" phrase; an arrival's "in"/"at"/"to"
    phrase or the object of "reached"."""
    preps = (
        _words()["arrival_preps"] if _arriving(verb)
        else _words()["serving_preps"] if _serving_verb(verb) is verb
        else {"to"}
    )  # fmt: skip
    out = [
        obj
        for prep in verb.children
        if prep.dep_ in {"prep", "dative"} and prep.lower_ in preps
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    if _arriving(verb):
        out += [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    return out


def _goods_subject(verb: Token) -> Token | None:
    """The subject that may be goods: a passive's, or an arrival's ("vaccines ... arrived")."""
    deps = {"nsubjpass", "nsubj"} if _arriving(verb) else {"nsubjpass"}
    return next((c for c in verb.children if c.dep_ in deps), None)


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
    inside = [index.at(t) for obj in _receiving_phrases(verb) for t in obj.subtree]
    return sorted({id(m): m for m in inside if m}.values(), key=lambda m: m.start)


def _giving_and_handing(verb: Token) -> tuple[Token, Token] | None:
    """(the giving participle, the handing verb) where `verb` is the giving participle on goods
    that an agentless handing verb passes on, or that handing verb itself; None otherwise."""
    participle: Token | None
    if verb.dep_ == "acl" and giver_participle(verb.head) == verb:
        participle, handing = verb, _handing_verb(verb.head)
    elif (goods := _goods_subject(verb)) is not None:
        participle, handing = giver_participle(goods), _handing_verb(goods)
        if handing != verb:
            return None
    else:
        return None
    if participle is None or handing is None:
        return None
    return participle, handing


def receiving_place(verb: Token, places: dict[int, PlaceMention]) -> PlaceMention | None:
    """ "were handed to hospitals in Khartoum", "arrived in Harare": where the receiving phrase
    names no party, the first place with a country inside it (its state received the goods)."""
    pair = _giving_and_handing(verb)
    if pair is None:
        return None
    for obj in _receiving_phrases(pair[1]):
        for tok in obj.subtree:
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
