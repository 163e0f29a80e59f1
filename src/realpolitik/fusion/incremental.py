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

Stories. The documents published within `story_graph.WINDOW_DAYS` of a new one (and undated
ones: they are compared with every document) are the only candidates of a new document; they
and the other members of their stories are re-clustered. TF-IDF weights are fitted on that
region, not the whole corpus, so a story at the region's edge may split or join differently
from a full re-fuse (measured in `benchmarks/scale.py`).

Relations and actors. Relation rows whose (source, target, period) a removed or new event
touches are recomputed from the events they rest on; the actor table's event counts move by
the removed and new events.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from realpolitik.fusion.cluster import WINDOW_DAYS, days_apart, mention_time
from realpolitik.fusion.compat import family_types, type_family
from realpolitik.fusion.events import _block_keys, fuse_events
from realpolitik.fusion.merge import mention_key
from realpolitik.fusion.stories import cluster_stories
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
    """Stories to remove (by id) and the stories that replace them."""

    removed: list[str]
    stories: list[Story]
    reclustered: int  # documents clustered (new ones and their region)


def refuse_stories(store: Any) -> StoryChange:
    """Cluster the documents in no story with the stored ones published within the window."""
    new = store.unstoried_documents()
    if not new:
        return StoryChange([], [], 0)
    if any(d.published is None for d in new):  # an undated document is compared with every one
        region = store.documents(status="ok")
    else:
        days = sorted({d.published.toordinal() for d in new if d.published})
        start = date.fromordinal(days[0]) - timedelta(days=STORY_WINDOW_DAYS)
        end = date.fromordinal(days[-1]) + timedelta(days=STORY_WINDOW_DAYS)
        region = [d for d in store.documents_near(start, end) if _near(d, days)]
    old = store.stories_of([d.doc_id for d in region])
    held = {d.doc_id for d in region}
    missing = sorted({doc_id for ids in old.values() for doc_id in ids} - held)
    if missing:
        region += store.documents(
            status="ok", where="doc_id IN (SELECT unnest(?))", params=[missing]
        )
    return StoryChange(sorted(old), cluster_stories(region), len(region))


def _near(doc: Document, days: list[int]) -> bool:
    if doc.published is None:
        return True
    day = doc.published.toordinal()
    i = bisect.bisect_left(days, day - STORY_WINDOW_DAYS)
    return i < len(days) and days[i] <= day + STORY_WINDOW_DAYS


def event_actor_counts(events: Iterable[Event]) -> Counter[str]:
    """actor_id -> events it takes part in."""
    n: Counter[str] = Counter()
    for e in events:
        for actor_id in {a.actor_id for a in e.source + e.target}:
            n[actor_id] += 1
    return n
