"""A growing group of event mentions that report one happening, and the test to join it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from realpolitik.fusion.actor_match import add_actors, informative, side_match
from realpolitik.fusion.compat import (
    PLACE_PRECISION_RANK,
    intersect,
    is_symmetric,
    known_interval,
    places_compatible,
    same_precise_place,
)
from realpolitik.model import ActorMention, EventMention, Place

# Joining evidence. Within one document a single matching participant is enough (the text goes on
# about the event it named). Across documents both participants must match and one of them be the
# very same actor (strength 2 + 1), or a shared known date or precise place must back the match:
# "Pakistan attacked" matches every Pakistani attack that month, and on the seeds "Pakistan has
# approached Tajikistan" (states only) would otherwise join the Rahmon-Malik meeting.
CROSS_DOCUMENT_MIN_MATCHES = 2
CROSS_DOCUMENT_MIN_STRENGTH = 3


@dataclass
class Join:
    """How a mention would join a cluster: its score and whether source/target are swapped."""

    score: float
    swapped: bool


@dataclass
class MentionCluster:
    index: int  # creation order: the deterministic tie-break
    family: str
    mentions: list[EventMention] = field(default_factory=list)
    source: list[ActorMention] = field(default_factory=list)
    target: list[ActorMention] = field(default_factory=list)
    interval: tuple[date, date] | None = None
    place: Place | None = None
    doc_ids: Counter[str] = field(default_factory=Counter)
    symmetric: bool = False

    @property
    def has_actors(self) -> bool:
        return bool(informative(self.source) or informative(self.target))

    def add(self, m: EventMention, swapped: bool = False) -> None:
        source, target = (m.target, m.source) if swapped else (m.source, m.target)
        if not self.mentions:
            self.symmetric = is_symmetric(m)
        self.mentions.append(m)
        self.doc_ids[m.doc_id] += 1
        add_actors(self.source, source, {a.actor_id for a in self.target})
        add_actors(self.target, target, {a.actor_id for a in self.source})
        common = intersect(self.interval, known_interval(m.date))
        if common is not False:
            self.interval = common
        if m.location is not None and (
            self.place is None
            or PLACE_PRECISION_RANK.get(m.location.precision, 4)
            < PLACE_PRECISION_RANK.get(self.place.precision, 4)
        ):
            self.place = m.location

    def join(self, m: EventMention) -> Join | None:
        """How well `m` fits (None: it cannot be this happening)."""
        interval = known_interval(m.date)
        common = intersect(self.interval, interval)
        if common is False or not places_compatible(self.place, m.location):
            return None
        same_doc = m.doc_id in self.doc_ids
        orientations = [False, True] if self.symmetric or is_symmetric(m) else [False]
        best: Join | None = None
        for swapped in orientations:
            found = self._anchors(m, swapped)
            if found is None:
                continue
            matched, strength = found
            if not self._enough(m, matched, strength, same_doc, interval):
                continue
            score = strength + (1.0 if same_doc else 0.0)
            if interval and self.interval:
                score += 0.5
            if self.place is not None and m.location is not None:
                score += 0.5
            if best is None or score > best.score:
                best = Join(score, swapped)
        return best

    def join_without_actors(self, m: EventMention) -> bool:
        """Whether an anaphor's date and place allow it to be this happening."""
        common = intersect(self.interval, known_interval(m.date))
        return common is not False and places_compatible(self.place, m.location)

    def _anchors(self, m: EventMention, swapped: bool) -> tuple[int, int] | None:
        """(participants matched, match strength), or None when the participants conflict."""
        source, target = (m.target, m.source) if swapped else (m.source, m.target)
        on_source = side_match(self.source, source)
        on_target = side_match(self.target, target)
        if on_source is not None and on_target is not None:
            return (bool(on_source) + bool(on_target), on_source + on_target)
        # A symmetric event may list both participants as its source ("A and B met").
        if not (self.symmetric and is_symmetric(m)):
            return None
        ours, theirs = self.source + self.target, source + target
        together = side_match(ours, theirs)
        if together is None:
            return None
        matched = min(len(informative(ours)), len(informative(theirs))) if together else 0
        return (matched, together)

    def _enough(
        self,
        m: EventMention,
        matched: int,
        strength: int,
        same_doc: bool,
        interval: tuple[date, date] | None,
    ) -> bool:
        """Enough evidence to join, given how many participants matched."""
        mention_has_actors = bool(informative(m.source) or informative(m.target))
        if not mention_has_actors or not self.has_actors:
            # Without participants only the same precise place on an overlapping date joins.
            return (not mention_has_actors and not self.has_actors) and _same_time_and_place(
                self, m, interval
            )
        if matched == 0:
            return False
        if same_doc or (
            matched >= CROSS_DOCUMENT_MIN_MATCHES and strength >= CROSS_DOCUMENT_MIN_STRENGTH
        ):
            return True
        return bool(interval and self.interval) or same_precise_place(self.place, m.location)


def _same_time_and_place(
    cluster: MentionCluster, m: EventMention, interval: tuple[date, date] | None
) -> bool:
    if not same_precise_place(cluster.place, m.location):
        return False
    if interval and cluster.interval:
        return True
    # Both dated only by their documents: the same publication day is the same news.
    doc_dates = {x.date.start for x in cluster.mentions if x.date.from_document}
    return m.date.from_document and m.date.start is not None and m.date.start in doc_dates
