"""Event fusion: the mentions of one happening, within and across documents, become one `Event`.

Mentions are blocked by type family, then by the countries of their participants, so each mention
is compared only with the clusters that share a family and a country (or, without participants,
a place): never all pairs. Inside a block a mention joins the best-fitting cluster it is
compatible with (participants, date, place: see `cluster.MentionCluster.join`), else starts one.
The most informative mentions go first (both sides named, then a stated date), so clusters are
seeded by full reports and the vague ones ("Pakistan held talks") attach to them.

Last, anaphoric mentions without participants ("this meeting", "the raid") join the most salient
cluster of their family in their own document: the nearest earlier mention, else the busiest.
"""

from __future__ import annotations

from collections import defaultdict

from realpolitik.fusion.actor_match import informative
from realpolitik.fusion.cluster import MentionCluster
from realpolitik.fusion.compat import PRECISION_RANK, is_definite_anaphor, type_family
from realpolitik.fusion.merge import build_event, mention_key
from realpolitik.model import Event, EventMention


def fuse_events(mentions: list[EventMention]) -> list[Event]:
    """One `Event` per happening, every mention kept, in a deterministic order."""
    by_family: dict[str, list[EventMention]] = defaultdict(list)
    # a mention id names one reading of one trigger; a repeat would give two events one id
    unique: dict[str, EventMention] = {}
    for m in mentions:
        unique.setdefault(mention_key(m), m)
    for m in unique.values():
        by_family[type_family(m.plover_type)].append(m)
    clusters: list[MentionCluster] = []
    for family in sorted(by_family):
        clusters.extend(_fuse_family(family, by_family[family]))
    events = [build_event(c) for c in clusters]
    return sorted(
        events, key=lambda e: (e.mentions[0].doc_id, e.mentions[0].trigger_start, e.event_id)
    )


def _fuse_family(family: str, mentions: list[EventMention]) -> list[MentionCluster]:
    clusters: list[MentionCluster] = []
    by_key: dict[str, list[MentionCluster]] = defaultdict(list)
    anaphors: list[EventMention] = []
    for m in sorted(mentions, key=_informative_first):
        if not _has_actors(m) and is_definite_anaphor(m):
            anaphors.append(m)
            continue
        keys = _block_keys(m)
        best, best_join = None, None
        for c in _candidates(keys, by_key):
            join = c.join(m)
            if join is not None and (best_join is None or join.score > best_join.score):
                best, best_join = c, join
        if best is None or best_join is None:
            best = MentionCluster(index=len(clusters), family=family)
            clusters.append(best)
            best.add(m)
        else:
            best.add(m, best_join.swapped)
        for key in keys:
            if best not in by_key[key]:
                by_key[key].append(best)
    for m in sorted(anaphors, key=lambda m: (m.doc_id, m.trigger_start)):
        target = _salient_cluster(m, clusters)
        if target is None:
            target = MentionCluster(index=len(clusters), family=family)
            clusters.append(target)
        target.add(m)
    return clusters


def _has_actors(m: EventMention) -> bool:
    return bool(informative(m.source) or informative(m.target))


def _informative_first(m: EventMention) -> tuple[int, int, str, int]:
    sides = (1 if informative(m.source) else 0) + (1 if informative(m.target) else 0)
    date_rank = 9 if m.date.from_document else PRECISION_RANK.get(m.date.precision, 4)
    return (-sides, date_rank, m.doc_id, m.trigger_start)


def _block_keys(m: EventMention) -> list[str]:
    """Countries (or, for stateless actors, ids) of the participants; the place when none."""
    keys = sorted(
        {
            f"c:{a.country}" if a.country else f"a:{a.actor_id}"
            for a in informative(m.source + m.target)
        }
    )
    if keys:
        return keys
    if m.location is not None:
        return [f"p:{m.location.geonames_id or m.location.name.casefold()}"]
    return [f"d:{m.doc_id}"]


def _candidates(keys: list[str], by_key: dict[str, list[MentionCluster]]) -> list[MentionCluster]:
    """Clusters sharing a key; with several keys, those sharing the most come first."""
    shared: dict[int, tuple[int, MentionCluster]] = {}
    for key in keys:
        for c in by_key.get(key, []):
            n, _ = shared.get(c.index, (0, c))
            shared[c.index] = (n + 1, c)
    return [c for _, (_, c) in sorted(shared.items(), key=lambda kv: (-kv[1][0], kv[0]))]


def _salient_cluster(m: EventMention, clusters: list[MentionCluster]) -> MentionCluster | None:
    """The cluster of this document an anaphor most likely points at, if it is compatible."""
    best_key: tuple[int, int, int] | None = None
    best: MentionCluster | None = None
    for c in clusters:
        if m.doc_id not in c.doc_ids or not c.has_actors:
            continue
        if c.join_without_actors(m) is False:
            continue
        earlier = [
            x.trigger_start
            for x in c.mentions
            if x.doc_id == m.doc_id and x.trigger_start < m.trigger_start
        ]
        distance = m.trigger_start - max(earlier) if earlier else 10**9
        key = (distance, -c.doc_ids[m.doc_id], c.index)
        if best_key is None or key < best_key:
            best_key, best = key, c
    return best
