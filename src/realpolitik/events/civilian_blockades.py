"""A way blocked by civilians is a protest (round r18, helper fuse17, from fusion_own12 tune
misses; word lists in `data/events/civilian_blockades.yaml`).

- "Growers barricaded the bridge" had no event, and "two days later growers shut the crossing"
  read as a state's closure (SANCTION), though the same report's "farmers blocked the bridge"
  reads as a protest (PROTEST, obstruct passage: CAMEO 144, as "put up barricades"). A closing
  verb with a civilian doer (farmers, truckers, residents ...) and a way for its object (a road,
  bridge, crossing, port ...) is that protest. A state or force closing a border keeps its
  lexicon reading.
- "The blockade" then points back: the noun alone reads a coercive blockade (COERCE 191, a navy
  closing a port), so "hauliers condemned the blockade" stayed apart from the farmers' blocking
  told before it. A blockade noun with nothing but a pointing word or a possessive ("the
  blockade", "Tuesday's blockade") whose document told a blocking protest before it, and no
  coercive blockade by a named doer, is that protest.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from spacy.tokens import Token

from realpolitik.events.lexicon import DATA_DIR, TriggerType
from realpolitik.events.strike_sense import pointing_back
from realpolitik.events.wordlists import read_word_sets
from realpolitik.model import EventMention

WAY_BLOCKED = TriggerType("PROTEST", "obstruct", "144", "own")


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(DATA_DIR / "civilian_blockades.yaml")


def _heads_or_compounds(nouns: list[Token], words: frozenset[str]) -> bool:
    return any(
        w.lemma_.lower() in words or w.lower_ in words
        for n in nouns
        for w in [n, *(c for c in n.children if c.dep_ == "compound")]
    )


def way_blocked_by_civilians(verb: Token) -> bool:
    """A closing verb whose subject is a civilian group and whose object is a way, or a placing
    verb that puts something across a way (`_placed_across_a_way`)."""
    words = _words()
    if verb.pos_ == "VERB" and verb.lemma_.lower() in words["placing_verbs"]:
        return _placed_across_a_way(verb)
    if not closes_a_way(verb):
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    return _heads_or_compounds(doers, words["civilian_doers"])


def closes_a_way(verb: Token) -> bool:
    """A closing verb whose object is a way ("blocked the road to the mine"), whoever its doer."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _words()["closing_verbs"]:
        return False
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
    return _heads_or_compounds(objects, _words()["way_nouns"])


def _placed_across_a_way(verb: Token) -> bool:
    """ "Hundreds of residents parked lorries across the main road": a placing verb with an object
    and "across" a way is that way blocked, when its subject is no force (`force_doers`)."""
    words = _words()
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    if not objects or any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children):
        return False  # "parked his car across the street from the embassy": a place, no blocking
    # "across" on the verb, or on the last of its joined objects ("piled tyres and logs across")
    joined = [c for t in [verb, *objects] for c in t.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    holders = [verb, *objects, *joined]
    ways = [
        p
        for h in holders
        for prep in h.children
        if prep.dep_ == "prep" and prep.lower_ in words["placing_preps"]
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    counted = [p for d in doers for prep in d.children if prep.lower_ == "of" for p in prep.children]
    return (
        bool(doers)
        and _heads_or_compounds(ways, words["way_nouns"])
        and not _heads_or_compounds(doers + counted, words["force_doers"])
    )


def blockade_sense(noun: Token, ttype: TriggerType, earlier: Sequence[EventMention]) -> TriggerType:
    """`ttype`, or the protest when `noun` is a pointing blockade noun read as coercion and its
    document told a civilian blocking before it and no coercive blockade."""
    words = _words()
    if (
        noun.lemma_.lower() not in words["blockade_nouns"]
        or ttype.plover_type != "COERCE"
        or not pointing_back(noun)
    ):
        return ttype
    blockings = [e for e in earlier if _trigger_lemmas(e) & words["closing_verbs"]]
    if any(e.plover_type == "COERCE" and e.source for e in blockings):
        # a navy's blockade told before: "the blockade" may be it (a closing with no doer, as a
        # headline's "Tractors close bridge" misparsed, names no coercer)
        return ttype
    if any(e.plover_type == "PROTEST" for e in blockings):
        return WAY_BLOCKED
    return ttype


def _trigger_lemmas(event: EventMention) -> set[str]:
    """Rough lemmas of the trigger's words: "blocked" -> "block", "barricaded" -> "barricade"."""
    out = set()
    for word in event.trigger.lower().split():
        out.add(word)
        for ending in ("ed", "d", "s"):
            if word.endswith(ending):
                out.add(word[: -len(ending)])
    return out
