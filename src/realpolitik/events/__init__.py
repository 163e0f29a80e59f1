"""Events: who did what to whom, where, when, as asserted by whom.

Needs: a `Document`, its spaCy `Doc`, its `ActorMention`s and `PlaceMention`s. Adds:
`EventMention`s (PLOVER type, mode, CAMEO root, quad class, ACLED types, source/target, polarity,
claimed_by, date, place, fatalities, confidence, sentence and trigger as provenance).
"""

from realpolitik.events.extract import extract_events

__all__ = ["extract_events"]
