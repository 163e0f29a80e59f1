"""A bare "the strike" takes the sense its document gave the word before (round r17, helper
fuse16, from fusion_own10 tune: "RSF drones struck the fuel depot ... The strike forced the
airport to close" read the strike as a labour strike, PROTEST, and kept it apart from the attack).

The noun alone is ambiguous: a walkout (PROTEST) or a military strike (ASSAULT); the lexicon
reads it as a walkout unless a modifier says otherwise ("air strike", "drone strike", "general
strike": `own_triggers.tsv`). A definite "the strike" (or "this", "that", a possessive) with no
modifier of its own points back: where its document told no walkout before it ("teachers went on
strike") but an assault ("struck the depot", "attacked the fuel terminal with drones"), it is a
military strike (an attack, CAMEO 190, as the verb "strike" reads). A walkout told before, even
with an assault after it (police beating strikers), leaves it a walkout.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from realpolitik.events.lexicon import PLAIN_ASSAULT, TriggerType
from realpolitik.events.nominal_objects import prep_objects
from realpolitik.model import ActorMention, EventMention

MILITARY_STRIKE = PLAIN_ASSAULT
STRIKE_WORDS = frozenset({"strike", "strikes", "struck", "striking", "airstrike", "airstrikes"})
POINTING_WORDS = frozenset({"the", "this", "that", "these", "those", "his", "her", "its", "their"})


def pointing_back(noun: Token) -> bool:
    """ "the strike", "Tuesday's strike" or "their strike", with no other modifier."""
    mods = [c for c in noun.children if c.dep_ in {"compound", "amod", "nmod", "poss", "det"}]
    pointing = [c for c in mods if c.lower_ in POINTING_WORDS or c.dep_ == "poss"]
    return bool(pointing) and all(c in pointing for c in mods)


def strike_sense(noun: Token, ttype: TriggerType, earlier: Sequence[EventMention]) -> TriggerType:
    """`ttype`, or an attack when `noun` is a bare definite "strike" read as a walkout, its
    document told an assault before it and no walkout."""
    if (
        noun.lemma_.lower() != "strike"
        or ttype.plover_type != "PROTEST"
        or not pointing_back(noun)
    ):
        return ttype
    told = [e for e in earlier if set(e.trigger.lower().split()) & STRIKE_WORDS]
    if any(e.plover_type == "PROTEST" for e in told):
        return ttype  # a walkout told before: "the strike" may be it
    if any(e.plover_type == "ASSAULT" for e in earlier):
        return MILITARY_STRIKE
    return ttype


# Branches whose strikes are military, never walkouts (stop 41, lead: "the army launched strikes
# on militant hideouts", "Pakistan threatened strikes on TTP camps" read a labour strike).
STRIKING_SECTORS = frozenset({"MIL", "GOV", "INT"})


def aimed_strike(
    trigger: Token, ttype: TriggerType, source: Sequence[ActorMention]
) -> TriggerType:
    """`ttype`, or an attack when a "strike" read as a walkout is aimed at something ("strikes
    on militant hideouts": an "on" phrase naming no day) or made by a state, its government,
    army or intelligence service (workers strike; states do not). "went on strike", "a strike on
    Monday" stay walkouts."""
    if ttype.plover_type != "PROTEST":
        return ttype
    nouns = [trigger] + [c for c in trigger.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
    strikes = [n for n in nouns if n.lemma_.lower() == "strike" and n.pos_ == "NOUN"]
    if not strikes:
        return ttype
    aimed = any(
        o.ent_type_ not in {"DATE", "TIME"} for n in strikes for o in prep_objects(n, "on")
    )
    by_state = any(
        m.sector in STRIKING_SECTORS or (m.sector is None and m.is_state_or_sector)
        for m in source
    )
    return MILITARY_STRIKE if aimed or by_state else ttype


# A walkout told by the verb: "teachers in Kisumu struck on Monday over pay", "traders struck for
# four days". The verb reads a military strike (`own_triggers.tsv`), but with no object, no aim
# ("struck at", "struck on") and a doer that is a group noun of working people (the actors
# stage's civilian, business and labour sectors: teachers, traders, drivers, dockers), it is a
# labour strike, as "went on strike" reads (round r47, fuse46: the stop 66 leftover "Quetta's
# traders also struck for four days in 2049", read an attack; "militants struck at dawn" and
# "rebels struck near Beni" stay attacks, their sector being an armed one).
WALKOUT = TriggerType("PROTEST", "strike", "143", "own")
WORKING_SECTORS = frozenset({"CVL", "BUS", "LAB"})
AIMING_PREPOSITIONS = ("at", "on", "against")


def walkout_verb(
    trigger: Token, ttype: TriggerType, source: Sequence[ActorMention]
) -> TriggerType:
    """`ttype`, or a walkout when the verb "strike" has no object and no aim and its doers are
    all group nouns of working people."""
    if (
        trigger.pos_ != "VERB"
        or trigger.lemma_.lower() != "strike"
        or ttype.plover_type != "ASSAULT"
        or any(c.dep_ in {"dobj", "obj", "dative", "nsubjpass"} for c in trigger.children)
        or any(
            o.ent_type_ not in {"DATE", "TIME"}
            for p in AIMING_PREPOSITIONS
            for o in prep_objects(trigger, p)
        )
    ):
        return ttype
    working = [m for m in source if m.how.startswith("generic") and m.sector in WORKING_SECTORS]
    return WALKOUT if working and len(working) == len(source) else ttype
