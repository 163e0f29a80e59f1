"""A report of blame told after the act it blames: "Gunmen burned a police post overnight, the
ministry said, blaming rebels"; "Rockets hit the base, and the army blamed the militia for the
attack". The sentence reports the act; who is blamed for it is a remark on it, so the blame
ranks below the act (`confidence.BLAMED_ACT_REPORT_PENALTY`). A blame whose own clause holds the
act ("blamed the militia for abducting two villagers") is the accusation the sentence reports,
and stays the main event. So does a teller's trailing call or plea ("Police fired tear gas at the
marchers, the ombudsman said, calling for an inquiry") after the hostile act it reports
(`remarks_on_reported_act`, round r28)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

from spacy.tokens import Token

from realpolitik.events.attribution import lexicon as attribution_lexicon
from realpolitik.events.coordination import first_of_joined_participles
from realpolitik.events.wordlists import read_word_sets

_FILE = Path(__file__).resolve().parent.parent / "data" / "events" / "reported_blame.yaml"


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(_FILE)


def blames_told_act(tok: Token, acts: Iterable[tuple[int, str]]) -> bool:
    """Whether `tok` is a blame verb and a hostile act of the sentence (`acts`: token index and
    PLOVER root of each typed trigger) is told before it, outside the blame's own clause."""
    words = _words()
    if tok.lemma_.lower() not in words["blame_verbs"]:
        return False
    own_clause = {t.i for t in tok.subtree}
    hostile = _hostile_roots()
    return any(i < tok.i and i not in own_clause and root.upper() in hostile for i, root in acts)


def remarks_on_reported_act(tok: Token, acts: Iterable[tuple[int, str]]) -> bool:
    """Whether `tok` is a trailing participle on a verb of saying ("Police fired tear gas at the
    marchers, the ombudsman said, calling for an inquiry"; "..., the union said, urging calm")
    whose reported clause (its `ccomp`, told before it) holds a hostile act of the sentence. The
    teller's call, plea or complaint remarks on the act the sentence reports, as a blame told
    after it does (round r28, plover46, from own60 tune: the call for an inquiry, with the
    teller named, outranked tear gas fired by unnamed police). A participle joined to such a one
    by "and" ("..., calling the raid unprovoked and demanding that Caracas free the men") remarks
    as the first does (round r37, args41)."""
    tok = first_of_joined_participles(tok)
    verb = tok.head
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or verb.i == tok.i or tok.i < verb.i:
        return False
    if verb.lemma_.lower() not in attribution_lexicon().reporting_verbs:
        return False
    reported = {t.i for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i for t in c.subtree}
    hostile = _hostile_roots()
    return any(i in reported and root.upper() in hostile for i, root in acts)


def blamed_parties(act: Token, root: str) -> list[Token]:
    """The heads of the parties a blame told after a hostile act (`root`, its PLOVER root) lays it
    on, for an act with no doer of its own: "Seven soldiers were killed when their patrol was
    ambushed, the army said, blaming the attack on FRUD fighters" (the "on" phrase, on the verb or
    on its object), "..., blaming rebels" (the object, where no "on" phrase names anyone). Round
    r28, plover46, from own60 tune and the brief's leftover "a killing whose 'blamed on' clause
    hangs on the killing": the agentless killing had no source."""
    if root.upper() not in _hostile_roots():
        return []
    # the act's own clause, less a parenthetical report the parser hung on it (", the army said,
    # blaming ...")
    told = {t.i for c in act.children if c.dep_ == "parataxis" for t in c.subtree}
    own_clause = {t.i for t in act.subtree} - told
    for blame in act.sent:
        if blame.i <= act.i or blame.i in own_clause:
            continue
        if blame.lemma_.lower() not in _words()["blame_verbs"] or blame.pos_ != "VERB":
            continue
        objects = [c for c in blame.children if c.dep_ in {"dobj", "obj"}]
        on_phrases = [
            p for h in (blame, *objects) for p in h.children if p.dep_ == "prep" and p.lower_ == "on"
        ]
        named = [o for p in on_phrases for o in p.children if o.dep_ == "pobj"]
        return named or objects
    return []


@cache
def _hostile_roots() -> frozenset[str]:
    """The PLOVER roots (upper case, as events carry them) whose blame is a remark on the act."""
    return frozenset(t.upper() for t in _words()["blamed_act_types"])
