"""A candidate actor span (token offsets) before it becomes an `ActorMention`."""

from __future__ import annotations

from dataclasses import dataclass

from realpolitik.actors.kb import NameEntry


@dataclass
class Candidate:
    start: int  # token offsets in the spaCy doc
    end: int
    actor_id: str | None  # None: not in the KB
    how: str
    kind: str = "other"  # "state", "seat", "person", "organisation", ... (name entries' kinds)
    country: str | None = None  # set when the text says it (a role phrase)
    sector: str | None = None
    affiliated: bool = False  # the role phrase names a state or organisation: it beats the KB

    def overlaps(self, other: Candidate) -> bool:
        return self.start < other.end and other.start < self.end


def kb_kind(entry: NameEntry) -> str:
    """What a KB name entry names: "seat", "state", "person" or "organisation"."""
    if entry.kind == "seat":
        return "seat"
    if "." not in entry.actor_id and ":" not in entry.actor_id:
        return "state"
    if entry.actor_id.startswith("person:"):
        return "person"
    return "organisation"
