"""Helpers shared by the places tests: the place mentions of a hand-made text."""

from __future__ import annotations

from realpolitik.model import Document
from realpolitik.places import find_places, load_gazetteer


def place_mentions(nlp, text: str):
    """The place mentions the places stage finds in `text` (no actor mentions given)."""
    doc = Document(doc_id="t", source="t", text=text)
    return find_places(doc, nlp(text), load_gazetteer(), [])


def places_by_text(nlp, text: str):
    """Each mention's text -> its place."""
    return {m.text: m.place for m in place_mentions(nlp, text)}


def place_countries(nlp, text: str) -> dict[str, str | None]:
    """Each mention's text -> its place's country (ISO3)."""
    return {m.text: m.place.country for m in place_mentions(nlp, text)}
