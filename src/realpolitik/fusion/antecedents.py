"""Mentions that lean on an earlier one in their document: which happening they continue.

A mention without participants ("the fighting", "killing five", "this meeting") or a definite
noun whose participants matched no happening ("the bombing was conducted by Islamic State") is
read in text order against what the document named before it:

1. in its own sentence, the nearest preceding mention it is compatible with ("raided a cell and
   killed several": one raid), unless that mention is a verb judging it ("welcomed the accord",
   "called the detention unlawful": `judged_acts`);
2. for a definite noun, the nearest earlier compatible happening, preferring one of its own kind
   ("the bombing" after "a raid ... a bombing" is the bombing), then one told by a word of its
   root ("the arrests" after "arrested ... and seized": the arrest);
3. nothing else: an anaphor at the top of a text ("in this meeting", the meeting being in a
   headline we lost) stays on its own rather than joining the busiest happening.
"""

from __future__ import annotations

from bisect import insort
from collections import defaultdict
from collections.abc import Iterable

from realpolitik.fusion.actor_match import informative
from realpolitik.fusion.back_references import act_root, actor_countries, same_root
from realpolitik.fusion.cluster import MentionCluster
from realpolitik.fusion.judged_acts import judgement_and_judged
from realpolitik.fusion.person_names import names_another_person
from realpolitik.fusion.text_cues import is_definite_anaphor, possessive_doers, trigger_kind
from realpolitik.model import EventMention


def sentence_protesters(mentions: Iterable[EventMention]) -> dict[tuple[str, int], frozenset[str]]:
    """Per sentence (document, start), the countries of the states protesting or accusing in it
    (`WRONGED_SIDE_TYPES`): read over every family, as the protest and the act noun it names
    are fused apart."""
    found: dict[tuple[str, int], set[str]] = defaultdict(set)
    for m in mentions:
        if m.plover_type in WRONGED_SIDE_TYPES:
            found[(m.doc_id, m.char_start)] |= actor_countries(m.source)
    return {key: frozenset(countries) for key, countries in found.items() if countries}


class DocumentPositions:
    """Per document, the mentions already placed in clusters, in text order; `protesters`: the
    states protesting in each sentence (`sentence_protesters`)."""

    def __init__(
        self,
        clusters: list[MentionCluster],
        protesters: dict[tuple[str, int], frozenset[str]] | None = None,
    ) -> None:
        self.protesters = protesters or {}
        self._by_doc: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self._placed: list[tuple[EventMention, MentionCluster]] = []
        self._index: dict[int, int] = {}  # id(mention) -> its slot in _placed
        for c in clusters:
            for m in c.mentions:
                self.add(m, c)

    def add(self, m: EventMention, cluster: MentionCluster) -> None:
        self._index[id(m)] = len(self._placed)
        insort(self._by_doc[m.doc_id], (m.trigger_start, len(self._placed)))
        self._placed.append((m, cluster))

    def move(self, m: EventMention, cluster: MentionCluster) -> None:
        """`m` now belongs to `cluster` (its old cluster was merged into it)."""
        i = self._index[id(m)]
        self._placed[i] = (m, cluster)

    def earlier(self, m: EventMention) -> list[tuple[EventMention, MentionCluster]]:
        """Placed mentions before `m` in its document, nearest first."""
        return [
            self._placed[i]
            for position, i in reversed(self._by_doc.get(m.doc_id, []))
            if position < m.trigger_start
        ]


# Reactions whose doer speaks for the wronged side: a state that protests or accuses in the
# sentence of a bare act noun names an act done to its side (`_done_to_the_protesters`).
WRONGED_SIDE_TYPES = frozenset({"PROTEST", "ACCUSE"})


def antecedent(m: EventMention, positions: DocumentPositions) -> tuple[MentionCluster, bool] | None:
    """The cluster `m` continues and whether its sides swap, or None."""
    candidates = []
    for x, cluster in positions.earlier(m):
        if not cluster.compatible(m) or _owned_by_another_doer(m, cluster):
            continue
        swapped = _orientation(m, cluster)
        if swapped is None:
            continue
        if x.char_start == m.char_start:
            if judgement_and_judged(m, x):
                continue  # "welcomed the accord": the accord is no part of the welcome
            return cluster, swapped  # rule 1: the nearest in its own sentence
        candidates.append((x, cluster, swapped))
    if not candidates or not is_definite_anaphor(m):
        return None
    candidates = _done_to_the_protesters(
        candidates, positions.protesters.get((m.doc_id, m.char_start), frozenset())
    )
    kind = trigger_kind(m)
    if kind:
        for _, cluster, swapped in candidates:
            if cluster.kind == kind:
                return cluster, swapped
    nearest_sentence = candidates[0][0].char_start
    root = act_root(m.trigger)
    for x, cluster, swapped in candidates:
        # "arrested eleven fishermen and seized two trawlers. ... called the arrests harsh": of
        # the acts the nearest earlier sentence names, the arrests are the arrest, though the
        # seizure was named nearer (round r21, fuse20: fusion_own15 tune). Only that sentence's
        # acts compete: reaching further back took "The assault left eleven dead" off the
        # storming it follows (fusion_own7 tune) and lost a pair of fusion_own9 check.
        if x.char_start != nearest_sentence:
            break
        if same_root(root, act_root(x.trigger)):
            return cluster, swapped
    return candidates[0][1], candidates[0][2]


def _done_to_the_protesters(
    candidates: list[tuple[EventMention, MentionCluster, bool]], protesters: frozenset[str]
) -> list[tuple[EventMention, MentionCluster, bool]]:
    """Of the earlier acts a definite noun may continue, those done to the side of the state
    that protests in its sentence ("Mogadishu protested to Nairobi, calling the expulsion
    illegal": Kenya's expulsion of Somali herders, not the Ethiopian soldiers' turning back of
    Kenyan lorries told nearer), when there are any; else all of them. Round r37, fuse36:
    fusion_own31 tune, a look-alike by the other side told between the act and the protest took
    the protest's noun."""
    if not protesters:
        return candidates
    wronged = [
        (x, cluster, swapped)
        for x, cluster, swapped in candidates
        if actor_countries(cluster.target) & protesters
        and not actor_countries(cluster.source) & protesters
    ]
    return wronged or candidates


def _owned_by_another_doer(m: EventMention, cluster: MentionCluster) -> bool:
    """A noun whose possessive names its own doer, a party the happening does not have ("the
    navy seized the trawler ... Fishermen welcomed the seizure, while the ministry's suspension of
    the trawler's licence was appealed"): a new act of that doer, a reaction, not the happening
    named before (round r23, fuse22: fusion_own17 tune). A generic doer ("the ministry") is no
    informative party, so the parties' own test let it join. A happening with no doer named may
    be the possessor's own act only when one of its words shares the noun's root ("troops raided
    the camp ... the army's raid"); "the seizure of a vessel ... the ministry's suspension" is not."""
    doers = possessive_doers(m)
    if not doers:
        return False
    parties = {a.actor_id for a in [*cluster.source, *cluster.target]}
    if doers & parties:
        return False
    root = act_root(m.trigger)
    return bool(cluster.source) or not any(
        same_root(root, act_root(x.trigger)) for x in cluster.mentions
    )


def _orientation(m: EventMention, cluster: MentionCluster) -> bool | None:
    """False/True for a fitting orientation; None when the participants conflict."""
    if names_another_person(m.source, cluster.source) or names_another_person(
        m.target, cluster.target
    ):
        return None
    if not (informative(m.source) or informative(m.target)) or not cluster.has_actors:
        return False
    return cluster.orientation_for(m)
