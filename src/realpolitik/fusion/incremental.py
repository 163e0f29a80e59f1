"""Incremental fusion: re-fuse only what the documents written since the last fusion touch.

What is new is read from the store itself, so an interrupted run's documents are fused by the
next one: event mentions in no fused event (`event_members`), ok documents in no story.

Events. A new mention can only join a cluster of its type family that shares a block key
(participant country, place) and lies within `cluster.WINDOW_DAYS` (`events._BlockIndex`). The
region re-fused is every stored mention sharing a family and a key with a new one and dated
within `REGION_DAYS` of it (or undated), closed over whole events (an event is re-fused with all
its mentions) and whole documents within a family (a mention may continue one named before it
in its text, `antecedents`). Fusion of a closed region gives what a full fusion gives it unless
a change inside reaches a mention outside through a chain of joins longer than the window: the
incremental test and `benchmarks/scale.py` compare the two.

Stories, exactly as a full clustering gives them (`refuse_stories`). Story features count
document frequencies per epoch of 10 days (`story_features`) and each document ranks its
candidates per epoch (`story_graph`), so the edges of the story graph change only for the
documents of the new documents' epochs; the stored graph (`story_edges`) gives the rest. The
stories re-clustered are the components of that graph the changed documents touch.

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
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from realpolitik.fusion.cluster import WINDOW_DAYS, days_apart, mention_time
from realpolitik.fusion.compat import family_types, type_family
from realpolitik.fusion.events import _block_keys, fuse_events
from realpolitik.fusion.merge import mention_key
from realpolitik.fusion.stories import (
    DISTANCE_THRESHOLD,
    StoryEdges,
    cluster_stories_with_edges,
    positions,
    stories_from_positions,
    story_edges,
)
from realpolitik.fusion.story_features import epoch_days, epoch_of
from realpolitik.fusion.story_graph import WINDOW_DAYS as STORY_WINDOW_DAYS
from realpolitik.model import Document, Event, EventMention, Story

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
    families = {type_family(m.plover_type) for m in new}
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
                block = (type_family(m.plover_type), key)
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

    def touches(self, m: EventMention) -> bool:
        family = type_family(m.plover_type)
        when = mention_time(m)
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


def refuse_stories(store: Any) -> StoryChange:
    """The stories of the documents in no story, re-clustered with exactly what they touch.

    A document's edges depend on its epoch and the epochs within `story_graph.WINDOW_DAYS`
    (`story_features`, `story_graph`): the edges of every document in the epochs of the new ones
    are computed again, against the whole epochs in their reach. The stories then re-clustered
    are the components (over the edges close enough to merge) that those documents touch,
    closed over the stored stories they cut: weighted linkage never merges across such
    components, so every other story stays what a full clustering gives it. Where that graph is
    one component (the generated benchmark corpus, whose texts repeat every 772 documents, is),
    every story is re-clustered, from the stored edges: the features of the documents outside
    the new ones' epochs are not computed again, but the linkage runs over the whole graph.
    """
    new = store.unstoried_documents()
    graph = store.has_story_graph()
    if graph and not new:
        return StoryChange([], [], 0)
    if not graph or any(d.published is None for d in new):
        # no stored graph (a store fused before schema 4), or an undated document, compared
        # with every one: cluster everything
        docs = store.documents(status="ok")
        stories, edges = cluster_stories_with_edges(docs)
        return StoryChange(store.story_ids(), stories, len(docs), edges, [], full=True)
    epochs = sorted({epoch_of(d.published) for d in new})
    changed = _documents_of_epochs(store, epochs)
    reach = sorted(
        {
            epoch_of(day)
            for e in epochs
            for day in _days(epoch_days(e)[0] - timedelta(days=STORY_WINDOW_DAYS),
                             epoch_days(e)[1] + timedelta(days=STORY_WINDOW_DAYS))
        }
    )  # fmt: skip
    loaded = _documents_of_epochs(store, reach) + store.undated_documents()
    changed_ids = sorted(d.doc_id for d in changed)
    edges = story_edges(loaded, touching=changed_ids)
    region = sorted(_closed_region(store, changed_ids, edges))
    docs = sorted(store.document_stubs(region), key=lambda d: d.doc_id)
    ids = pa.array([d.doc_id for d in docs], pa.string())
    kept = store.story_edges_within(within=region, without=changed_ids)
    at = np.array([d.doc_id for d in docs], dtype=str)
    i = np.concatenate([_index_in(kept["doc_a"], ids), positions(at, edges.a)])
    j = np.concatenate([_index_in(kept["doc_b"], ids), positions(at, edges.b)])
    similarity = np.concatenate([kept["similarity"].to_numpy(), edges.similarity])
    old = store.stories_of(region)

    def fetch(doc_ids: list[str]) -> list[Document]:
        return store.documents(status="ok", where="doc_id IN (SELECT unnest(?))", params=[doc_ids])

    stories = stories_from_positions(docs, i, j, similarity, fetch)
    return StoryChange(sorted(old), stories, len(docs), edges, changed_ids)


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


def _closed_region(store: Any, changed: list[str], edges: StoryEdges) -> set[str]:
    """The documents of the components touching `changed` in the graph of edges close enough
    to merge (stored ones not touching `changed`, plus the new `edges`), closed over the stored
    stories they hold."""
    stored = store.story_edges_within(max_distance=DISTANCE_THRESHOLD, without=changed)
    near = edges.select(1.0 - edges.similarity <= DISTANCE_THRESHOLD)
    a = pa.concat_arrays([_strings(stored["doc_a"]), pa.array(near.a, pa.string()),
                          pa.array(changed, pa.string())])  # fmt: skip
    b = pa.concat_arrays([_strings(stored["doc_b"]), pa.array(near.b, pa.string()),
                          pa.array(changed, pa.string())])  # fmt: skip
    names = pc.unique(pa.concat_arrays([a, b]))
    i = pc.index_in(a, value_set=names).to_numpy()
    j = pc.index_in(b, value_set=names).to_numpy()
    n = len(names)
    graph = coo_matrix((np.ones(len(i), dtype=np.int8), (i, j)), shape=(n, n))
    _, component = connected_components(graph, directed=False)
    ids = names.to_pylist()
    members: dict[int, list[str]] = {}
    for doc_id, c in zip(ids, component.tolist(), strict=True):
        members.setdefault(c, []).append(doc_id)
    position = {doc_id: k for k, doc_id in enumerate(ids)}

    def component_of(doc_id: str) -> list[str]:
        k = position.get(doc_id)
        return [doc_id] if k is None else members[int(component[k])]

    region: set[str] = set()
    todo = list(changed)
    while todo:
        more = {d for doc_id in todo for d in component_of(doc_id)} - region
        region |= more
        cut = {d for ids_ in store.stories_of(sorted(more)).values() for d in ids_}
        todo = sorted(cut - region)
    return region


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
