"""Event extraction (placeholder: the events work replaces this)."""

from __future__ import annotations

from spacy.tokens import Doc

from realpolitik.model import ActorMention, Document, EventMention, PlaceMention


def extract_events(
    doc: Document, sdoc: Doc, actors: list[ActorMention], places: list[PlaceMention]
) -> list[EventMention]:
    return []
