"""A meeting's place carried across its reports to what happened at it (`place_at_fused_meetings`).

Needs: fused `Event`s whose mentions carry `meeting_role` (set by the events stage from
`places.locate.meeting.meeting_role`: "meeting" for a meeting or visit word, "outcome" for what
its parties did or said at it) and their locations (with `basis`).
Adds: a location, basis `fused_meeting`, to an unlocated event all of whose mentions are a
meeting's outcomes in documents that leave the meeting's town out, when fusion merged each of
those documents' meetings with a report that names the town.

Two reports of one meeting: "Foreign ministers of Kenya and Somalia met in Nairobi on Monday"
and "The foreign ministers of Kenya and Somalia met on Monday. The talks focused on border
security." The second names no town, so its "focused" stays unplaced by its own text
(`places.locate.meeting` needs the document's meeting town); fusion merges the two meetings,
and the focus on border security happened in Nairobi.

Precision first, every condition for one class of error:
- the town must be read by the other report from its own words (basis `sentence` or `meeting`,
  precision city or point), and every located report of the meeting must name that town: a
  meeting its reports put in two towns places nothing;
- the document whose outcome is placed names no place for any of its meetings itself (its own
  text then decided already, or could not: two visits in two towns), and all its meetings that
  fusion placed lie in that one town, and none of its meetings is left unplaced (an outcome in
  a document reporting a second, unplaced meeting may be that meeting's);
- every mention of the outcome event is such an outcome, and all point to the same town.
An event already located keeps its place.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from realpolitik.model import Event, Place

FUSED_MEETING = "fused_meeting"
# Bases of a meeting's location read from a report's own words: its sentence ("met in
# Nairobi") or its document's meeting town ("the talks in Nairobi ... they met").
TOWN_BASES = frozenset({"sentence", "meeting"})
TOWN_PRECISIONS = frozenset({"city", "point"})


def place_at_fused_meetings(events: list[Event]) -> list[Event]:
    """`events`, in the same order, each unlocated outcome of a meeting another report placed
    at its town (basis `fused_meeting`); the others unchanged."""
    town_of_doc = _document_meeting_towns(events)
    out: list[Event] = []
    for event in events:
        town = _outcome_town(event, town_of_doc) if event.location is None else None
        out.append(event if town is None else replace(event, location=town))
    return out


def _meeting_town(event: Event) -> Place | None:
    """The town a meeting event's reports name from their own words, when they all agree."""
    located = [m.location for m in event.mentions if m.location is not None]
    if not located or any(p.name != located[0].name for p in located):
        return None
    named = [p for p in located if p.basis in TOWN_BASES and p.precision in TOWN_PRECISIONS]
    return named[0] if named else None


def _document_meeting_towns(events: list[Event]) -> dict[str, Place]:
    """doc id -> the town fusion gives all the document's meetings, for documents that name no
    place for any meeting themselves."""
    towns: dict[str, list[Place | None]] = defaultdict(list)
    self_placed: set[str] = set()
    for event in events:
        meetings = [m for m in event.mentions if m.meeting_role == "meeting"]
        if not meetings:
            continue
        town = _meeting_town(event)
        for m in meetings:
            if m.location is not None:
                self_placed.add(m.doc_id)
            else:
                towns[m.doc_id].append(town)
    out: dict[str, Place] = {}
    for doc_id, found in towns.items():
        if doc_id in self_placed or any(t is None for t in found):
            continue
        first = found[0]
        if first is not None and all(t is not None and t.name == first.name for t in found):
            out[doc_id] = first
    return out


def _outcome_town(event: Event, town_of_doc: dict[str, Place]) -> Place | None:
    if not event.mentions or any(m.meeting_role != "outcome" for m in event.mentions):
        return None
    towns = [town_of_doc.get(m.doc_id) for m in event.mentions]
    first = towns[0]
    if first is None or any(t is None or t.name != first.name for t in towns):
        return None
    return replace(first, basis=FUSED_MEETING)
