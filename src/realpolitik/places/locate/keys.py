"""Keys of a sentence's place index (`index.place_index`) that are not token indexes: the places
it holds from the sentence's surroundings.
"""

from __future__ import annotations

FALLBACK = -1  # no token has this index: the key of the fallback place in a place index
# ... and of the document's meeting place (`meeting_place`), for a sentence naming no other town.
MEETING = -2
# ... and of the meeting place for a sentence of the meeting's readout (`readout_sentences`).
READOUT = -3
# ... and of the document's dateline place (`dateline_place`), for every sentence.
DATELINE = -4
# ... and of the places of the sentence's paragraph before it, nearest first: PARAGRAPH,
# PARAGRAPH - 1, ... (`event_place` keeps those where the event's parties are or act).
PARAGRAPH = -100
# ... and of the document's places where a named person or body is ("Gates, speaking at a
# conference in Bahrain"): SITES, SITES - 1, ... (a statement of theirs is not put at home).
SITES = -1000
