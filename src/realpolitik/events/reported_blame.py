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
    teller named, outranked tear gas fired by unnamed police)."""
    verb = tok.head
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or verb.i == tok.i or tok.i < verb.i:
        return False
    if verb.lemma_.lower() not in attribution_lexicon().reporting_verbs:
        return False
    reported = {t.i for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i for t in c.subtree}
    hostile = _hostile_roots()
    return any(i in reported and root.upper() in hostile for i, root in acts)


@cache
def _hostile_roots() -> frozenset[str]:
    """The PLOVER roots (upper case, as events carry them) whose blame is a remark on the act."""
    return frozenset(t.upper() for t in _words()["blamed_act_types"])
