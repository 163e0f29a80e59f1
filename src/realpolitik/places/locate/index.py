"""A sentence's place index: its token indexes -> the place mentions covering them, plus the
places of its surroundings under the keys of `keys` (fallback, dateline, paragraph, named sites,
meeting, readout).
"""

from __future__ import annotations

from spacy.tokens import Span

from realpolitik.model import PlaceMention
from realpolitik.places.locate.dateline import dateline_place
from realpolitik.places.locate.keys import DATELINE, FALLBACK, MEETING, PARAGRAPH, READOUT, SITES
from realpolitik.places.locate.meeting import TOWN_PRECISIONS, meeting_place, readout_sentences
from realpolitik.places.locate.paragraph import named_sites, nearest_place, paragraph_places

PARAGRAPH_REACH = 50  # places of the paragraph kept in the index, nearest first


def place_index(sent: Span, places: list[PlaceMention]) -> dict[int, PlaceMention]:
    """The sentence's token indexes -> place mentions, plus the fallback place if it names none."""
    out: dict[int, PlaceMention] = {}
    dateline = dateline_place(sent.doc, places)
    # The dateline ("BEIRUT — Syrian jets bombed ...") is where the report was filed, not a place
    # of the sentence it opens: kept under DATELINE only, never reached by the sentence's walk.
    inside = [
        p for p in places
        if p.char_start < sent.end_char and p.char_end > sent.start_char and p is not dateline
    ]  # fmt: skip
    for tok in sent:
        for p in inside:
            if p.char_start <= tok.idx < p.char_end:
                out[tok.i] = p
    if dateline is not None:
        out[DATELINE] = dateline
    if not inside:
        fallback = nearest_place(sent, places) or dateline
        if fallback is not None:
            out[FALLBACK] = fallback
    before = paragraph_places(sent, places)[:PARAGRAPH_REACH]
    out.update({PARAGRAPH - k: p for k, p in enumerate(before)})
    out.update({SITES - k: p for k, p in enumerate(named_sites(sent.doc, places))})
    meeting = meeting_place(sent.doc, places)
    if meeting is not None and all(
        p.place.precision not in TOWN_PRECISIONS or p.place.name == meeting.place.name
        for p in inside
    ):
        out[MEETING] = meeting
        if sent.start in readout_sentences(sent.doc, places):
            out[READOUT] = meeting
    return out
