"""Helper shared by the event-location tests: where the events of a hand-made text are located."""

from __future__ import annotations

import re

from realpolitik.model import ActorMention, Document
from realpolitik.places import find_places, load_gazetteer


def located_events(nlp, text: str, *actors: tuple[str, str, str | None]) -> dict[str, tuple]:
    """trigger -> (place name, precision, basis) or None; `actors`: (pattern, country, sector),
    every match of the pattern an actor mention (a state where sector is None)."""
    from realpolitik.events import extract_events

    sdoc = nlp(text)
    doc = Document(doc_id="t", source="t", raw=text, text=text)
    places = find_places(doc, sdoc, load_gazetteer(), [])
    mentions = [  # a state's actor id is its ISO3 code, as in the knowledge base
        ActorMention(
            "t", m.start(), m.end(), m.group(), sector and f"x:{m.group()}" or country,
            m.group(), country, sector,
        )
        for pattern, country, sector in actors
        for m in re.finditer(pattern, text)
    ]  # fmt: skip
    events = extract_events(doc, sdoc, mentions, places)
    return {
        e.trigger: (e.location.name, e.location.precision, e.location.basis) if e.location else None
        for e in events
    }
