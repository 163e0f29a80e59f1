"""Helpers shared by the actor recognition tests: find the actors of a hand-made text and pick a
mention by its text."""

from __future__ import annotations

from datetime import date

from realpolitik.actors import find_actors, load_kb
from realpolitik.model import Document


def actors_in(nlp, text: str, published: date | None = None):
    """`find_actors` on `text` (checking every mention's offsets): its mentions and new actors."""
    doc = Document("t", "t", text=text, published=published)
    mentions, new = find_actors(doc, nlp(text), load_kb())
    for m in mentions:
        assert text[m.start : m.end] == m.text
    return mentions, new


def by_text(mentions, text):
    found = [m for m in mentions if m.text == text]
    assert found, f"no mention {text!r} in {[m.text for m in mentions]}"
    return found[0]
