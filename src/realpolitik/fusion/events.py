"""Event fusion: the mentions of one happening, within and across documents, become one `Event`.

Mentions are blocked by type family, then by the countries of their participants, then by time,
so each mention is compared only with the clusters that share a family and a country (or,
without participants, a place) and whose reports fall within `cluster.WINDOW_DAYS` of it: never
all pairs, and at a steady flow of news the work per mention does not grow with the archive
(`_BlockIndex`). Inside a block a mention joins the best-fitting cluster it is
compatible with (participants, date, place, trigger kind: see `cluster.MentionCluster.join`),
else starts one. The most informative mentions go first (both sides named, then a stated date),
so clusters are seeded by full reports and the vague ones ("Pakistan held talks") attach to them.

Last, in text order, mentions without participants and definite nouns that matched nothing
continue the happening their document named just before (`antecedents`), or, failing that, a
party-less back-reference joins the one happening of its kind another report tells
(`back_references`), and a definite noun naming one side of another report's happening joins it
(`recalled_acts`). Clusters of two neighbouring families that tell one act join
(`cross_family`). Once the events are
built, a meeting's outcome reported without its town takes the town another report of the
meeting names (`meeting_places`).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from functools import partial

from realpolitik.fusion.actor_match import group_noun_key, informative, is_group_noun
from realpolitik.fusion.antecedents import DocumentPositions, antecedent, sentence_protesters
from realpolitik.fusion.back_references import joined_happening
from realpolitik.fusion.cluster import (
    WINDOW_DAYS,
    Join,
    MentionCluster,
    mention_time,
    mention_tokens,
)
from realpolitik.fusion.compat import PRECISION_RANK, type_family
from realpolitik.fusion.cross_family import join_across_families
from realpolitik.fusion.meeting_places import place_at_fused_meetings
from realpolitik.fusion.merge import build_event
from realpolitik.fusion.one_sided_reports import day_key, one_sided_partner
from realpolitik.fusion.person_names import family_key, title_key, written_key
from realpolitik.fusion.recalled_acts import recalled_happening, recalls_an_act
from realpolitik.fusion.retold_nouns import join_retold_nouns
from realpolitik.fusion.text_cues import is_definite_anaphor
from realpolitik.model import Event, EventMention, mention_key


def fuse_events(mentions: list[EventMention]) -> list[Event]:
    """One `Event` per happening, every mention kept, in a deterministic order."""
    by_family: dict[str, list[EventMention]] = defaultdict(list)
    # a mention id names one reading of one trigger; a repeat would give two events one id
    unique: dict[str, EventMention] = {}
    for m in mentions:
        unique.setdefault(mention_key(m), m)
    for m in unique.values():
        by_family[type_family(m.plover_type)].append(m)
    protesters = sentence_protesters(unique.values())
    clusters: list[MentionCluster] = []
    for family in sorted(by_family):
        clusters.extend(_FamilyFusion(family, protesters).run(by_family[family]))
    # one act two reports typed into two neighbouring families (`cross_family`)
    clusters = join_across_families(clusters)
    # a document's act noun ("the raid") typed in the family next to its verb's ("raided")
    clusters = join_retold_nouns(clusters)
    # an outcome of a meeting another report placed takes the meeting's town (`meeting_places`)
    events = place_at_fused_meetings([build_event(c) for c in clusters])
    return sorted(
        events, key=lambda e: (e.mentions[0].doc_id, e.mentions[0].trigger_start, e.event_id)
    )


class _FamilyFusion:
    """The clusters of one type family and the block index over them."""

    def __init__(
        self, family: str, protesters: dict[tuple[str, int], frozenset[str]] | None = None
    ) -> None:
        self.family = family
        self.protesters = protesters or {}  # per sentence, the states protesting in it
        self.clusters: list[MentionCluster] = []
        self.index = _BlockIndex()
        self.by_doc: dict[str, list[EventMention]] = defaultdict(list)  # the family's, per document

    def run(self, mentions: list[EventMention]) -> list[MentionCluster]:
        for m in mentions:
            self.by_doc[m.doc_id].append(m)
        dependents: list[EventMention] = []
        for m in sorted(mentions, key=_informative_first):
            if not _has_actors(m):
                dependents.append(m)
                continue
            best, join = self._best_join(m)
            if best is None or join is None:
                best = self._new_cluster()
            self._add(best, m, join.swapped if join else False)
        positions = self._place_dependents(dependents)
        self._continue_definite_openers(positions)
        self._join_recalled_acts()
        self._join_one_sided_reports()
        return [c for c in self.clusters if c.mentions]

    def _place_dependents(self, dependents: list[EventMention]) -> DocumentPositions:
        positions = DocumentPositions(self.clusters, self.protesters)
        for m in sorted(dependents, key=lambda m: (m.doc_id, m.trigger_start)):
            found = antecedent(m, positions)
            if found is not None:
                cluster, swapped = found
            else:
                best, join = self._best_join(m) if not _has_actors(m) else (None, None)
                swapped = join.swapped if join else False
                if best is None:  # a back-reference to another report's happening, else new
                    best = joined_happening(
                        m, partial(self._naming, m), self.by_doc[m.doc_id]
                    )
                cluster = best if best is not None else self._new_cluster()
            self._add(cluster, m, swapped)
            positions.add(m, cluster)
        return positions

    def _naming(self, m: EventMention, countries: set[str]) -> list[MentionCluster]:
        """The family's clusters naming one of `countries` within the window of `m`."""
        keys = sorted(_country_key(c) for c in countries)
        return self.index.candidates(keys, mention_time(m))

    def _continue_definite_openers(self, positions: DocumentPositions) -> None:
        """A one-document happening whose first mention is a definite noun with participants
        ("the bombing was conducted by Islamic State") continues the one named before it."""
        openers = []
        for c in self.clusters:
            if len(c.doc_ids) == 1 and c.has_actors:
                first = min(c.mentions, key=lambda m: m.trigger_start)
                if is_definite_anaphor(first):
                    openers.append((first.doc_id, first.trigger_start, c.index, first, c))
        for _, _, _, first, cluster in sorted(openers, key=lambda o: o[:3]):
            found = antecedent(first, positions)
            if found is None or found[0] is cluster:
                continue
            target, swapped = found
            # Mentions that joined the opener but cannot be the earlier happening stay behind.
            moving = [m for m in cluster.mentions if _fits(target, m, swapped)]
            if first not in moving:
                continue
            for m in sorted(moving, key=lambda m: m.trigger_start):
                self._add(target, m, swapped)
                positions.move(m, target)
            cluster.remove(moving)

    def _join_recalled_acts(self) -> None:
        """A definite noun alone in its cluster, naming one side of another report's
        happening, joins it (`recalled_acts`)."""
        for c in list(self.clusters):
            if len(c.mentions) != 1 or not recalls_an_act(c.mentions[0]):
                continue
            (m,) = c.mentions
            candidates = self.index.candidates(_block_keys(m), mention_time(m))
            found = recalled_happening(m, c, candidates)
            if found is not None:
                target, swapped = found
                c.remove([m])
                self._add(target, m, swapped)

    def _join_one_sided_reports(self) -> None:
        """Two happenings of one stated day, each naming the side the other leaves out, join
        when each is the other's only such partner (`one_sided_reports`)."""
        for c in list(self.clusters):
            if not c.mentions:
                continue
            partner = one_sided_partner(c, self._same_day)
            if partner is None:
                continue
            moving = list(c.mentions)
            c.remove(moving)
            for m in moving:
                self._add(partner, m, False)

    def _same_day(self, c: MentionCluster) -> list[MentionCluster]:
        """The family's clusters sharing a one-sided day key with a mention of `c`."""
        keys = sorted({k for m in c.mentions if (k := day_key(m))})
        return [o for o in self.index.candidates(keys, c.span) if o.mentions] if keys else []

    def _best_join(self, m: EventMention) -> tuple[MentionCluster | None, Join | None]:
        best, best_join = None, None
        tokens = mention_tokens(m)
        for c in self.index.candidates(_block_keys(m), mention_time(m)):
            join = c.join(m, tokens)
            if join is not None and (best_join is None or join.score > best_join.score):
                best, best_join = c, join
        return best, best_join

    def _new_cluster(self) -> MentionCluster:
        cluster = MentionCluster(index=len(self.clusters), family=self.family)
        self.clusters.append(cluster)
        return cluster

    def _add(self, cluster: MentionCluster, m: EventMention, swapped: bool) -> None:
        cluster.add(m, swapped)
        self.index.add(cluster, _block_keys(m))


def _fits(cluster: MentionCluster, m: EventMention, swapped: bool) -> bool:
    """`m` may move into `cluster`: compatible, and its participants do not conflict."""
    if not cluster.compatible(m):
        return False
    return not (_has_actors(m) and cluster.has_actors) or cluster.anchors(m, swapped) is not None


def _has_actors(m: EventMention) -> bool:
    return bool(informative(m.source) or informative(m.target))


def _informative_first(m: EventMention) -> tuple[int, int, str, int]:
    sides = (1 if informative(m.source) else 0) + (1 if informative(m.target) else 0)
    date_rank = 9 if m.date.from_document else PRECISION_RANK.get(m.date.precision, 4)
    return (-sides, date_rank, m.doc_id, m.trigger_start)


def _country_key(country: str) -> str:
    """The block index's key of a country (`_block_keys`, `_FamilyFusion._naming`)."""
    return f"c:{country}"


def _block_keys(m: EventMention) -> list[str]:
    """Countries (or, for stateless actors, ids) of the participants; the place when none; and
    the family-name key of every unknown proper name and the key of every title
    (`person_names.family_key`, `title_key`), so that a name or title one report gives no
    country meets another report's spelling of it or the person it names; and the noun of every
    group noun, so that "a crowd" meets another report's "a crowd" given a country
    (`actor_match.same_group_noun`)."""
    keys = sorted(
        {
            _country_key(a.country) if a.country else f"a:{a.actor_id}"
            for a in informative(m.source + m.target)
        }
    )
    names = sorted(
        {f"n:{k}" for a in m.source + m.target if (k := family_key(a))}
        | {f"t:{k}" for a in m.source + m.target if (k := title_key(a))}
        | {f"n:{k}" for a in m.source + m.target if (k := written_key(a))}
        | {f"g:{k}" for a in m.source + m.target if (k := group_noun_key(a))}
    )
    # a happening named by one side only meets the report naming the other (`one_sided_reports`)
    names += [k] if (k := day_key(m)) else []
    # a group noun of no state meets another of its town: "a crowd" and the people it is made
    # of (`actor_match._names_match`'s `groups_alike`)
    if m.location is not None and any(
        a.country is None and is_group_noun(a) for a in m.source + m.target
    ):
        names.append(f"gp:{m.location.geonames_id or m.location.name.casefold()}")
    if keys:
        return keys + names
    if m.location is not None:
        return names + [f"p:{m.location.geonames_id or m.location.name.casefold()}"]
    return names + [f"d:{m.doc_id}"]


# Clusters are indexed by block key and by time bucket of this many days: a lookup reads the
# buckets within WINDOW_DAYS of the mention (seven for a one-day mention: 70 days for the 61 of
# the window; larger buckets read more clusters that the window then rejects).
BUCKET_DAYS = 10


class _BlockIndex:
    """Clusters by block key and time bucket (the buckets their span covers; undated apart).

    A cluster is found by every key any of its mentions gave it, in every bucket its span has
    covered: spans only grow as mentions join, so a lookup misses no cluster within the window.
    """

    def __init__(self) -> None:
        self.dated: dict[str, dict[int, dict[int, MentionCluster]]] = defaultdict(
            lambda: defaultdict(dict)
        )
        self.undated: dict[str, dict[int, MentionCluster]] = defaultdict(dict)
        self.keys: dict[int, set[str]] = defaultdict(set)  # cluster index -> its keys
        self.buckets: dict[int, tuple[int, int]] = {}  # cluster index -> buckets indexed

    def add(self, cluster: MentionCluster, keys: list[str]) -> None:
        held = self.keys[cluster.index]
        new_keys = [k for k in keys if k not in held]
        held.update(new_keys)
        if cluster.span is None:
            for key in new_keys:
                self.undated[key][cluster.index] = cluster
            return
        lo, hi = _bucket(cluster.span[0]), _bucket(cluster.span[1])
        before = self.buckets.get(cluster.index)
        self.buckets[cluster.index] = (
            (min(lo, before[0]), max(hi, before[1])) if before else (lo, hi)
        )
        for key in held:
            for b in range(lo, hi + 1):
                # a new key is indexed over the whole span; an old one only where it grew
                if key in new_keys or before is None or not before[0] <= b <= before[1]:
                    self.dated[key][b][cluster.index] = cluster

    def candidates(
        self, keys: list[str], when: tuple[date, date] | None
    ) -> list[MentionCluster]:
        """Clusters sharing a key and within the window of `when` (every one sharing a key
        when it is unknown); those sharing the most keys first, then in creation order."""
        shared: dict[int, tuple[int, MentionCluster]] = {}
        for key in keys:
            found: dict[int, MentionCluster] = dict(self.undated.get(key, {}))
            by_bucket = self.dated.get(key, {})
            if when is None:
                buckets = list(by_bucket)
            else:
                lo = _bucket(when[0] - timedelta(days=WINDOW_DAYS))
                hi = _bucket(when[1] + timedelta(days=WINDOW_DAYS))
                # a wide stated interval ("in the 1990s") reads the buckets that exist
                wide = hi - lo > len(by_bucket)
                buckets = [b for b in by_bucket if lo <= b <= hi] if wide else list(range(lo, hi + 1))
            for b in buckets:
                found.update(by_bucket.get(b, {}))
            for index, c in found.items():
                n, _ = shared.get(index, (0, c))
                shared[index] = (n + 1, c)
        return [c for _, (_, c) in sorted(shared.items(), key=lambda kv: (-kv[1][0], kv[0]))]


def _bucket(day: date) -> int:
    return day.toordinal() // BUCKET_DAYS
