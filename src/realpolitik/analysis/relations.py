"""Relations (placeholder: the analysis work replaces this)."""

from __future__ import annotations

from realpolitik.model import Event, Relation


def compute_relations(events: list[Event]) -> list[Relation]:
    return []
