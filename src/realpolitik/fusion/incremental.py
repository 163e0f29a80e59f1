"""Incremental fusion: re-fuse only what the documents written since the last fusion touch.

What is new is read from the store itself, so an interrupted run's documents are fused by the
next one: event mentions in no fused event (`event_members`), ok documents in no story.

Events. A new mention can only join a cluster of its type family that shares a block key
(participant country, place) and lies within `cluster.WINDOW_DAYS` (`events._BlockIndex`). The
region re-fused is every stored mention sharing a family (or a neighbouring family a cluster
may join across, `cross_family`) and a key with a new one and dated
within `REGION_DAYS` of it (or undated), closed over whole events (an event is re-fused with all
its mentions) and whole documents within a family (a mention may continue one named before it
in its text, `antecedents`). Fusion of a closed region gives what a full fusion gives it unless
a change inside reaches a mention outside through a chain of joins longer than the window: the
incremental test and `benchmarks/scale.py` compare the two.

Stories, exactly as a full clustering gives them (`refuse_stories`). Story features count
document frequencies per epoch of 10 days (`story_features`) and each document ranks its
candidates per epoch (`story_graph`), so the edges of the story graph change only for the
documents of the new documents' epochs; the stored graph (`story_edges`) gives the rest. The
stored merge history (`story_merges`) is replayed on that graph (`story_replay`): only the
clusters the changed documents reach are merged again, and only their stories replaced.

Relations and actors. Relation rows whose (source, target, period) a removed or new event
touches are recomputed from the events they rest on; the actor table's event counts move by
the removed and new events.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from realpolitik.fusion.cluster import WINDOW_DAYS, days_apart, mention_time
from realpolitik.fusion.compat import family_types, type_family
from realpolitik.fusion.cross_family import names_instrument, neighbour_families
from realpolitik.fusion.events import _block_keys, fuse_events
from realpolitik.fusion.linkage import quantum_units
from realpolitik.fusion.stories import (
    LINK_SIMILARITY,
    StoryEdges,
    StoryMerges,
    cluster_stories_with_history,
    positions,
    stories_from_labels,
    story_edges,
)
from realpolitik.fusion.story_features import epoch_days, epoch_of
from realpolitik.fusion.story_graph import WINDOW_DAYS as STORY_WINDOW_DAYS
from realpolitik.fusion.story_replay import replay
from realpolitik.model import Document, Event, EventMention, Story, mention_key

# A stored mention this close in time to a new one (sharing family and key) is re-fused with it:
# twice the window, so that the clusters a new mention may join are re-fused with everything
# they could have taken instead.
REGION_DAYS = 2 * WINDOW_DAYS


@dataclass
class EventChange:
    """Events to remove (by id) and the events that replace them."""

    removed: list[str]
    events: list[Event]
    refused_mentions: int  # stored mentions re-fused with the new ones


def refuse_events(store: Any) -> EventChange:
    """Fuse the store's unfused mentions with the region of stored ones they touch."""
    new = store.unfused_mentions()
    if not new:
        return EventChange([], [], 0)
    region = _event_region(store, new)
    removed = sorted({event_id for event_id, _ in region.values()})
    mentions = [*new, *(m for _, m in region.values())]
    return EventChange(removed, fuse_events(mentions), len(region))


def _event_region(store: Any, new: list[EventMention]) -> dict[str, tuple[str, EventMention]]:
    """mention key -> (its event id, mention) of the stored mentions to re-fuse."""
    reach = _Reach(new)
    times = [t for m in new if (t := mention_time(m)) is not None]
    if len(times) < len(new):  # an undated new mention reaches every date
        start, end = date.min, date.max
    else:
        start = min(t[0] for t in times) - timedelta(days=REGION_DAYS)
        end = max(t[1] for t in times) + timedelta(days=REGION_DAYS)
    families = {f for m in new for f in _reached_families(m)}
    types = sorted({t for f in families for t in family_types(f)})
    region: dict[str, tuple[str, EventMention]] = {}
    for event_id, m in store.fused_mentions_near(types, start, end):
        if reach.touches(m):
            region[mention_key(m)] = (event_id, m)
    # Closed over whole events and, within a family, whole documents.
    events: set[str] = set()
    doc_families: set[tuple[str, str]] = {(m.doc_id, type_family(m.plover_type)) for m in new}
    while True:
        more_events = {e for e, _ in region.values()} - events
        more_docs = {(m.doc_id, type_family(m.plover_type)) for _, m in region.values()}
        more_docs -= doc_families
        if not more_events and not more_docs:
            return region
        events |= more_events
        doc_families |= more_docs
        doc_ids = sorted({d for d, _ in more_docs})
        for event_id, m in store.fused_mentions_of(sorted(more_events), doc_ids):
            key = mention_key(m)
            if key in region:
                continue
            if event_id in events or (m.doc_id, type_family(m.plover_type)) in doc_families:
                region[key] = (event_id, m)


class _Reach:
    """Which (family, key) blocks and times the new mentions reach."""

    def __init__(self, new: list[EventMention]) -> None:
        self.days: dict[tuple[str, str], list[int]] = {}  # sorted first days, per block
        self.spans: dict[tuple[str, str], list[tuple[date, date]]] = {}
        self.anytime: set[tuple[str, str]] = set()
        for m in new:
            when = mention_time(m)
            for key in _block_keys(m):
                for family in _reached_families(m):
                    block = (family, key)
                    if when is None:
                        self.anytime.add(block)
                    else:
                        self.spans.setdefault(block, []).append(when)
        for block, spans in self.spans.items():
            spans.sort()
            self.days[block] = [s[0].toordinal() for s in spans]
        self.longest = {
            block: max((s[1] - s[0]).days for s in spans) for block, spans in self.spans.items()
        }
        # A report naming no party joins another family's act on a shared instrument alone,
        # whatever its keys (`cross_family._partyless_partners`): every mention naming an
        # instrument in a family the new ones reach, within REGION_DAYS of one, is re-fused.
        self.instrument_times: dict[str, list[tuple[date, date] | None]] = {}
        for m in new:
            for family in _reached_families(m):
                self.instrument_times.setdefault(family, []).append(mention_time(m))

    def _by_instrument(
        self, m: EventMention, family: str, when: tuple[date, date] | None
    ) -> bool:
        times = self.instrument_times.get(family)
        if not times or not names_instrument(m):
            return False
        return any(
            t is None or when is None or days_apart(t, when) <= REGION_DAYS for t in times
        )

    def touches(self, m: EventMention) -> bool:
        family = type_family(m.plover_type)
        when = mention_time(m)
        if self._by_instrument(m, family, when):
            return True
        for key in _block_keys(m):
            block = (family, key)
            if block in self.anytime or (when is None and block in self.spans):
                return True
            spans = self.spans.get(block)
            if not spans or when is None:
                continue
            # new spans starting early enough to come within REGION_DAYS of `when`
            lo = when[0].toordinal() - REGION_DAYS - self.longest[block]
            hi = when[1].toordinal() + REGION_DAYS
            days = self.days[block]
            for i in range(bisect.bisect_left(days, lo), bisect.bisect_right(days, hi)):
                if days_apart(spans[i], when) <= REGION_DAYS:
                    return True
        return False


def _reached_families(m: EventMention) -> list[str]:
    """The mention's family and those its clusters may join across (`cross_family`)."""
    family = type_family(m.plover_type)
    return [family, *sorted(neighbour_families().of(family))]


@dataclass
class StoryChange:
    """Stories to remove (by id) and the stories that replace them, and the story graph's
    change: the stored edges touching `edges_of` are replaced by `edges` (`full`: the whole
    graph and every story are replaced)."""

    removed: list[str]
    stories: list[Story]
    reclustered: int  # documents clustered (new ones and their region)
    edges: StoryEdges = field(default_factory=StoryEdges)
    edges_of: list[str] = field(default_factory=list)
    full: bool = False
    merges: StoryMerges = field(default_factory=StoryMerges)  # of the new stories (`full`: all)
    merges_of: list[str] = field(default_factory=list)  # documents whose stored merges go
    woken: int = 0  # old clusters the replay re-computed


def refuse_stories(store: Any) -> StoryChange:
    """The stories of the documents in no story, as a full clustering gives them.

    A document's edges depend on its epoch and the epochs within `story_graph.WINDOW_DAYS`
    (`story_features`, `story_graph`): the edges touching the documents of the new documents'
    epochs (`changed`) are computed again (`_changed_edges`); every other edge is the stored
    one. The stored merge history is then replayed on that graph (`story_replay`): only the
    clusters the changed documents reach are re-computed, and the stories they end in replace
    the stored ones they cut; every other story stays as it was.
    """
    new = store.unstoried_documents()
    graph = store.has_story_graph() and store.has_story_history()
    if graph and not new:
        return StoryChange([], [], 0)
    if not graph or any(d.published is None for d in new):
        # no stored graph or history (a store fused before schema 5), or an undated document,
        # compared with every one: cluster everything
        docs = store.documents(status="ok")
        stories, edges, merges = cluster_stories_with_history(docs)
        return StoryChange(store.story_ids(), stories, len(docs), edges, [], full=True,
                           merges=merges)  # fmt: skip
    epochs = sorted({epoch_of(d.published) for d in new})
    changed = _documents_of_epochs(store, epochs)
    changed_ids = sorted(d.doc_id for d in changed)
    edges = _changed_edges(store, epochs, changed)
    all_ids = store.ok_document_ids()
    ids = pa.array(all_ids, pa.string())
    n = len(all_ids)
    kept = store.story_edges_within(without=changed_ids)
    at = np.array(all_ids, dtype=str)
    i = np.concatenate([_index_in(kept["doc_a"], ids), positions(at, edges.a)])
    j = np.concatenate([_index_in(kept["doc_b"], ids), positions(at, edges.b)])
    similarity = np.concatenate([kept["similarity"].to_numpy(), edges.similarity])
    inside = (i >= 0) & (j >= 0)
    i, j, similarity = i[inside], j[inside], similarity[inside]
    history = store.story_merges()
    a = _index_in(history["doc_a"], ids)
    b = _index_in(history["doc_b"], ids)
    if (a < 0).any() or (b < 0).any():
        # a document of the history is gone (a later version replaced it): cluster everything
        docs = store.documents(status="ok")
        stories, full_edges, merges = cluster_stories_with_history(docs)
        return StoryChange(store.story_ids(), stories, len(docs), full_edges, [], full=True,
                           merges=merges)  # fmt: skip
    steps = history["step"].to_numpy()
    keys = history["similarity"].to_numpy()
    old = list(zip(a.tolist(), b.tolist(), keys.tolist(), strict=True))
    indptr, indices, units = _csr(n, i, j, similarity)
    result = replay(n, indptr, indices, units, old, positions(at, np.array(changed_ids)),
                    LINK_SIMILARITY)  # fmt: skip
    labels = result.labels
    mine = np.flatnonzero(labels >= 0)
    region = [all_ids[k] for k in mine.tolist()]
    docs = store.document_stubs(region)  # in id order, as `mine`
    sub = np.cumsum(labels >= 0) - 1
    both = (labels[i] >= 0) & (labels[j] >= 0)
    stories = stories_from_labels(docs, sub[i[both]], sub[j[both]], similarity[both],
                                  labels[mine].tolist(), _fetcher(store))  # fmt: skip
    removed = sorted(store.stories_of(region))
    first = int(steps.max()) + 1 if len(steps) else 0
    made = result.merges
    merges = StoryMerges(
        np.array([all_ids[m[0]] for m in made], dtype=object),
        np.array([all_ids[m[1]] for m in made], dtype=object),
        np.array([m[2] for m in made], dtype=np.float64),
        np.arange(first, first + len(made), dtype=np.int64),
    )
    return StoryChange(removed, stories, len(docs), edges, changed_ids, merges=merges,
                       merges_of=region, woken=result.woken)  # fmt: skip


def _fetcher(store: Any) -> Any:
    def fetch(doc_ids: list[str]) -> list[Document]:
        return store.documents(status="ok", where="doc_id IN (SELECT unnest(?))", params=[doc_ids])

    return fetch


def _csr(
    n: int, i: np.ndarray, j: np.ndarray, similarity: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Both directions of the edges as CSR over positions: indptr, indices, quantized units."""
    units = quantum_units(similarity)
    rows = np.concatenate([i, j])
    cols = np.concatenate([j, i])
    vals = np.concatenate([units, units])
    order = np.argsort(rows, kind="stable")  # within a row any order: sums are exact
    rows, cols, vals = rows[order], cols[order], vals[order]
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.add.at(indptr, rows + 1, 1)
    return np.cumsum(indptr), cols, vals


def _changed_edges(store: Any, epochs: list[int], changed: list[Document]) -> StoryEdges:
    """The edges touching the documents of `epochs` (`changed`), computed against the whole
    epochs within the window of them."""
    reach = sorted(
        {
            epoch_of(day)
            for e in epochs
            for day in _days(epoch_days(e)[0] - timedelta(days=STORY_WINDOW_DAYS),
                             epoch_days(e)[1] + timedelta(days=STORY_WINDOW_DAYS))
        }
    )  # fmt: skip
    loaded = _documents_of_epochs(store, reach) + store.undated_documents()
    return story_edges(loaded, touching=sorted(d.doc_id for d in changed))


def _index_in(column: Any, ids: pa.Array) -> np.ndarray:
    """Positions of a column's ids in `ids` (-1: absent)."""
    found = pc.index_in(_strings(column), value_set=ids)
    return np.asarray(found.fill_null(-1).to_numpy(), dtype=np.int64)


def _days(start: date, end: date) -> list[date]:
    return [start + timedelta(days=k) for k in range((end - start).days + 1)]


def _documents_of_epochs(store: Any, epochs: list[int]) -> list[Document]:
    """The ok documents published in these (dated) epochs, read a run of adjacent ones at once."""
    out: list[Document] = []
    runs: list[list[int]] = []
    for e in epochs:
        if runs and runs[-1][-1] == e - 1:
            runs[-1].append(e)
        else:
            runs.append([e])
    for run in runs:
        out += store.documents_between(epoch_days(run[0])[0], epoch_days(run[-1])[1])
    return out


def _strings(column: Any) -> pa.Array:
    chunks = column.chunks if hasattr(column, "chunks") else [column]
    return pa.concat_arrays([c.cast(pa.string()) for c in chunks]) if chunks else pa.array([], pa.string())


def event_actor_counts(events: Iterable[Event]) -> Counter[str]:
    """actor_id -> events it takes part in."""
    n: Counter[str] = Counter()
    for e in events:
        for actor_id in {a.actor_id for a in e.source + e.target}:
            n[actor_id] += 1
    return n
