"""One act that two reports typed into two neighbouring families becomes one happening.

Fusion runs one type family at a time (`events._FamilyFusion`), so "Poland and Belarus
exchanged five prisoners each" (RETREAT) and another report's "Belarus handed over five Polish
citizens to Poland" (AID) stayed two happenings. Two clusters of different families join here
only when everything points to one act:

- the families are neighbours (`data/fusion/neighbour_families.tsv`, with why each pair is
  listed) and the clusters share no report (each report typed the act once);
- both name both parties, and the parties' countries agree side by side, or swapped where one
  report tells a reciprocal act ("exchanged", `data/fusion/reciprocal_acts.tsv`);
- both state a date of at most `MAX_DATE_DAYS` days and the dates overlap, and their places
  do not conflict;
- they share a further anchor of a kind the family pair allows: a person party of one named in
  the other's sentence (the person handed over), the same count ("five prisoners" / "five Polish
  citizens"), or the same instrument (`data/fusion/act_instruments.tsv`);
- each has that one partner only: two candidates are two acts as often as one.

A report naming no party joins across families on an instrument alone (`_partyless_partners`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from realpolitik.fusion.actor_match import informative, is_specific
from realpolitik.fusion.cluster import MentionCluster
from realpolitik.fusion.compat import intersect, places_compatible
from realpolitik.fusion.person_names import name_words
from realpolitik.model import ActorMention, EventMention

DATA = Path(__file__).resolve().parents[1] / "data" / "fusion"

# A stated date this short at most on both sides: "on Tuesday", "on 16 June" (a day; two for a
# date line's "overnight"). A month or a year says nothing about which act of the month it was.
MAX_DATE_DAYS = 2

# A name word shorter than this ("Li", "Ali") is too often another word or another person.
MIN_NAME_WORD = 4

_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty "
    "fifty hundred dozen dozens".split()
)
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_TOKEN = re.compile(r"\d[\d,]*|[a-z]+", re.IGNORECASE)
_CAPITALISED = re.compile(r"\b[A-Z][a-zA-Z'-]+")


@dataclass(frozen=True)
class NeighbourFamilies:
    """Family pair (sorted) -> the anchors that may back a join across it."""

    anchors: dict[tuple[str, str], frozenset[str]]

    def allowed(self, a: str, b: str) -> frozenset[str]:
        return self.anchors.get((min(a, b), max(a, b)), frozenset())

    def of(self, family: str) -> set[str]:
        """The families a cluster of `family` may join across (`incremental` re-fuses them
        with it)."""
        return {b if a == family else a for a, b in self.anchors if family in (a, b)}


@cache
def neighbour_families() -> NeighbourFamilies:
    anchors: dict[tuple[str, str], frozenset[str]] = {}
    for fields in _rows("neighbour_families.tsv"):
        a, b, kinds = fields[0], fields[1], fields[2]
        anchors[(min(a, b), max(a, b))] = frozenset(k.strip() for k in kinds.split(","))
    return NeighbourFamilies(anchors)


@cache
def instruments() -> tuple[str, ...]:
    return tuple(fields[0] for fields in _rows("act_instruments.tsv"))


@cache
def reciprocal_stems() -> tuple[str, ...]:
    return tuple(fields[0] for fields in _rows("reciprocal_acts.tsv"))


def _rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def join_across_families(clusters: list[MentionCluster]) -> list[MentionCluster]:
    """`clusters` with each pair that tells one act across two families joined into one (the
    earlier family's, in `clusters` order, keeps the other's mentions)."""
    table = neighbour_families()
    blocks: dict[tuple[frozenset[str], ...], list[int]] = defaultdict(list)
    for i, c in enumerate(clusters):
        key = _block_key(c)
        if key is not None:
            blocks[key].append(i)
    partners: dict[int, list[tuple[int, bool]]] = defaultdict(list)
    for members in blocks.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                a, b = clusters[i], clusters[j]
                allowed = table.allowed(a.family, b.family) if a.family != b.family else None
                if not allowed:
                    continue
                swapped = one_act(a, b, allowed)
                if swapped is not None:
                    partners[i].append((j, swapped))
                    partners[j].append((i, swapped))
    _partyless_partners(clusters, table, partners)
    gone: set[int] = set()
    for i in sorted(partners):
        if i in gone or len(partners[i]) != 1:
            continue
        j, swapped = partners[i][0]
        if j in gone or len(partners[j]) != 1 or j < i:
            continue
        keeper, other = clusters[i], clusters[j]
        for m, was_swapped in zip(list(other.mentions), list(other.swaps), strict=True):
            keeper.add(m, was_swapped != swapped)
        gone.add(j)
    return [c for k, c in enumerate(clusters) if k not in gone]


def _partyless_partners(
    clusters: list[MentionCluster],
    table: NeighbourFamilies,
    partners: dict[int, list[tuple[int, bool]]],
) -> None:
    """A report that names no party ("Tuesday's water cannon attack") tells the act of a
    neighbouring family another report gives with its parties when the stated days agree and
    both name the same instrument: the only anchor strong enough without parties."""
    by_instrument: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(clusters):
        if c.has_actors and _block_key(c) is not None:
            for phrase in _instruments([m.sentence for m in c.mentions]):
                by_instrument[phrase].append(i)
    for i, c in enumerate(clusters):
        if c.has_actors or not _short(c):
            continue
        found = set()
        for phrase in _instruments([m.sentence for m in c.mentions]):
            for j in by_instrument.get(phrase, []):
                other = clusters[j]
                if c.family == other.family or "instrument" not in table.allowed(
                    c.family, other.family
                ):
                    continue
                if _same_time_apart(c, other):
                    found.add(j)
        for j in sorted(found):
            partners[i].append((j, False))
            partners[j].append((i, False))


def _same_time_apart(a: MentionCluster, b: MentionCluster) -> bool:
    """Two reports' stated days overlap and their places do not conflict."""
    if set(a.doc_ids) & set(b.doc_ids) or not (_short(a) and _short(b)):
        return False
    return intersect(a.interval, b.interval) is not False and places_compatible(a.place, b.place)


def _block_key(c: MentionCluster) -> tuple[frozenset[str], ...] | None:
    """The countries of both parties, as an unordered pair (a swapped report shares it)."""
    source, target = _countries(c.source), _countries(c.target)
    if not source or not target or c.interval is None:
        return None
    return tuple(sorted((source, target), key=sorted))


def one_act(a: MentionCluster, b: MentionCluster, allowed: frozenset[str]) -> bool | None:
    """Whether `b` tells `a`'s act (None: not shown), and with its parties swapped."""
    if not _same_time_apart(a, b):
        return None
    swapped = _parties_agree(a, b)
    if swapped is None or not _shared_anchor(a, b, allowed):
        return None
    return swapped


def _short(c: MentionCluster) -> bool:
    return c.interval is not None and (c.interval[1] - c.interval[0]).days < MAX_DATE_DAYS


def _parties_agree(a: MentionCluster, b: MentionCluster) -> bool | None:
    a_source, a_target = _countries(a.source), _countries(a.target)
    b_source, b_target = _countries(b.source), _countries(b.target)
    if a_source == b_source and a_target == b_target:
        return False
    if _reciprocal(a) or _reciprocal(b):
        if a_source == b_target and a_target == b_source:
            return True
    return None


def _countries(actors: list[ActorMention]) -> frozenset[str]:
    """The parties' countries, leaving out a person's country guessed from the sentence (it is
    the other party's as often as theirs: `cluster.without_guessed_countries`)."""
    return frozenset(
        a.country for a in informative(actors) if a.country and not a.country_from_context
    )


def _reciprocal(c: MentionCluster) -> bool:
    return any(m.trigger.casefold().startswith(reciprocal_stems()) for m in c.mentions)


def _shared_anchor(a: MentionCluster, b: MentionCluster, allowed: frozenset[str]) -> bool:
    a_text = [m.sentence for m in a.mentions]
    b_text = [m.sentence for m in b.mentions]
    if "person" in allowed and (_person_named(a, b_text) or _person_named(b, a_text)):
        return True
    if "count" in allowed and _counts(a_text) & _counts(b_text):
        return True
    return "instrument" in allowed and bool(_instruments(a_text) & _instruments(b_text))


def _person_named(c: MentionCluster, sentences: list[str]) -> bool:
    """A specific person among `c`'s parties is named in one of `sentences`."""
    capitalised = {w.casefold() for s in sentences for w in _CAPITALISED.findall(s)}
    for actor in c.source + c.target:
        if not is_specific(actor) or not actor.actor_id.startswith("new:"):
            continue
        words = [w for w in name_words(actor.name) if len(w) >= MIN_NAME_WORD]
        if any(w in capitalised for w in words):
            return True
    return False


def _counts(sentences: list[str]) -> set[str]:
    """The numbers the sentences give that are not dates ("five", "46"): not a year, not next
    to a month's name ("16 June", "June 16")."""
    found = set()
    for s in sentences:
        words = [w.casefold() for w in _TOKEN.findall(s)]
        for k, word in enumerate(words):
            if not (word[0].isdigit() or word in _NUMBER_WORDS):
                continue
            if word.isdigit() and len(word) == 4:
                continue
            if {words[k - 1] if k else "", words[k + 1] if k + 1 < len(words) else ""} & _MONTHS:
                continue
            found.add(word)
    return found


def names_instrument(m: EventMention) -> bool:
    """The mention's sentence names an instrument of `act_instruments.tsv`."""
    return bool(_instruments([m.sentence]))


def instruments_in(sentences: list[str]) -> set[str]:
    """The instruments of `act_instruments.tsv` the sentences name, lower case."""
    return _instruments(sentences)


def _instruments(sentences: list[str]) -> set[str]:
    return {m.group(0).casefold() for s in sentences for m in _instrument_pattern().finditer(s)}


@cache
def _instrument_pattern() -> re.Pattern[str]:
    alternatives = "|".join(re.escape(p) for p in sorted(instruments(), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)
