"""Event fusion (placeholder: one event per mention; the fusion work replaces this)."""

from __future__ import annotations

from realpolitik.model import Event, EventMention


def fuse_events(mentions: list[EventMention]) -> list[Event]:
    events = []
    for m in mentions:
        events.append(
            Event(
                event_id=f"ev:{m.mention_id}",
                plover_type=m.plover_type,
                quad_class=m.quad_class,
                source=m.source,
                target=m.target,
                date=m.date,
                location=m.location,
                polarity=m.polarity,
                claimed_by=m.claimed_by,
                confidence=m.confidence,
                mentions=[m],
                n_documents=1,
                plover_mode=m.plover_mode,
                cameo_root=m.cameo_root,
                acled_event_type=m.acled_event_type,
                acled_sub_event_type=m.acled_sub_event_type,
                fatalities=m.fatalities,
            )
        )
    return events
