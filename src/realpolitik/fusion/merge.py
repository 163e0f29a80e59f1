"""One `Event` record from a cluster of mentions: which detail wins when reports differ."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable

from realpolitik.fusion.actor_match import most_specific
from realpolitik.fusion.cluster import MentionCluster
from realpolitik.fusion.compat import PLACE_PRECISION_RANK, PRECISION_RANK
from realpolitik.model import (
    ActorMention,
    DateInfo,
    Event,
    EventMention,
    Place,
    Polarity,
    mention_key,
)

CONFIDENCE_CAP = 0.99


def event_id(mentions: list[EventMention]) -> str:
    """A hash of the sorted mention ids: stable across runs, but it changes when the cluster does
    (a new report of the happening, or a mention moving to another event, gives a new id)."""
    keys = "\n".join(sorted(mention_key(m) for m in mentions))
    return "ev:" + hashlib.sha1(keys.encode()).hexdigest()[:16]


def build_event(cluster: MentionCluster) -> Event:
    mentions = sorted(cluster.mentions, key=lambda m: (m.doc_id, m.trigger_start, m.char_start))
    head = _head_mention(mentions)
    by_document, values = _fatalities(mentions)
    return Event(
        event_id=event_id(mentions),
        plover_type=head.plover_type,
        quad_class=head.quad_class,
        source=most_specific(cluster.source),
        target=most_specific(cluster.target),
        date=_best_date(mentions),
        location=_best_place(mentions),
        polarity=_polarity(mentions),
        claimed_by=_union(a for m in mentions for a in m.claimed_by),
        confidence=_confidence(mentions),
        mentions=mentions,
        n_documents=len({m.doc_id for m in mentions}),
        plover_mode=_most_common([m.plover_mode for m in mentions if m.plover_mode]),
        cameo_root=head.cameo_root,
        cameo_code=head.cameo_code,
        acled_event_type=head.acled_event_type,
        acled_sub_event_type=head.acled_sub_event_type,
        fatalities=_reported_fatalities(by_document),
        fatalities_range=[min(values), max(values)]
        if values and min(values) != max(values)
        else None,
        fatalities_by_document=by_document,
    )


def _head_mention(mentions: list[EventMention]) -> EventMention:
    """The mention whose type the event takes: the most common type, then the most confident."""
    type_counts = Counter(m.plover_type for m in mentions)
    return min(mentions, key=lambda m: (-type_counts[m.plover_type], -m.confidence))


def _most_common(values: list[str]) -> str | None:
    if not values:
        return None
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], values.index(v)))


def _union(actors: Iterable[ActorMention]) -> list[ActorMention]:
    seen: dict[str, ActorMention] = {}
    for a in actors:
        seen.setdefault(a.actor_id, a)
    return list(seen.values())


def _best_date(mentions: list[EventMention]) -> DateInfo:
    """The most precise date the text gave; the document's date only when no text gave one."""
    stated = [m.date for m in mentions if not m.date.from_document and m.date.start]
    pool = stated or [m.date for m in mentions if m.date.start]
    if not pool:
        texts = [m.date for m in mentions if m.date.text]
        return texts[0] if texts else DateInfo()
    counts = Counter((d.start, d.end) for d in pool)
    return min(pool, key=lambda d: (PRECISION_RANK.get(d.precision, 4), -counts[(d.start, d.end)]))


def _best_place(mentions: list[EventMention]) -> Place | None:
    places = [m.location for m in mentions if m.location is not None]
    if not places:
        return None
    counts = Counter(p.name for p in places)
    return min(places, key=lambda p: (PLACE_PRECISION_RANK.get(p.precision, 4), -counts[p.name]))


def _polarity(mentions: list[EventMention]) -> Polarity:
    """Asserted if any mention asserts it (others may report a denial); else the most common."""
    polarities = [m.polarity for m in mentions]
    if "asserted" in polarities:
        return "asserted"
    counts = Counter(polarities)
    return min(counts, key=lambda p: (-counts[p], polarities.index(p)))


def _fatalities(mentions: list[EventMention]) -> tuple[dict[str, int], list[int]]:
    """Each document's figure (its largest: later sentences update counts upward) and all figures."""
    values = [m.fatalities for m in mentions if m.fatalities is not None]
    by_document: dict[str, int] = {}
    for m in mentions:
        if m.fatalities is not None:
            by_document[m.doc_id] = max(by_document.get(m.doc_id, m.fatalities), m.fatalities)
    return by_document, values


def _reported_fatalities(by_document: dict[str, int]) -> int | None:
    """The figure most documents report; on a tie the larger (tolls rise as bodies are found).

    The full spread stays in `fatalities_range` and `fatalities_by_document`.
    """
    if not by_document:
        return None
    counts = Counter(by_document.values())
    return max(counts, key=lambda v: (counts[v], v))


def _confidence(mentions: list[EventMention]) -> float:
    """Noisy-or over documents of each document's best mention, capped.

    Independent reports raise confidence; repeating it in one article does not.
    """
    best: dict[str, float] = {}
    for m in mentions:
        best[m.doc_id] = max(best.get(m.doc_id, 0.0), min(max(m.confidence, 0.0), 1.0))
    doubt = 1.0
    for c in best.values():
        doubt *= 1.0 - c
    return min(1.0 - doubt, CONFIDENCE_CAP)
