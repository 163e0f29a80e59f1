"""Quote each event once per section.

A multi-party event (an exercise of three states) is the evidence of every tie among them, and one
sentence often carries both a claim and its denial. Repeating the long quote under each tie buries
the page; the ledger lets a section quote once and point back briefly afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from realpolitik.report.sections import Citation, EventLine

EXCERPT_WORDS = 8


def excerpt(sentence: str, words: int = EXCERPT_WORDS) -> str:
    """The opening words of a sentence, enough to recognise a quote already shown."""
    parts = sentence.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


@dataclass
class QuoteLedger:
    """What one section has quoted so far: event ids, and sentences (per document)."""

    events: set[str] = field(default_factory=set)
    sentences: dict[tuple[str, str], str] = field(default_factory=dict)  # -> event id first quoting

    def seen_event(self, event: EventLine) -> bool:
        """Whether this event was shown before in the section; records it as shown either way."""
        if event.event_id in self.events:
            return True
        self.events.add(event.event_id)
        return False

    def earlier_quote(self, citation: Citation, event_id: str) -> str | None:
        """The event that already quoted this sentence of this document, or None (and record it)."""
        key = (citation.doc_id, " ".join(citation.sentence.split()))
        first = self.sentences.get(key)
        if first is None:
            self.sentences[key] = event_id
            return None
        return first
