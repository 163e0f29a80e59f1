"""An act that goes through a place happens there, and the part of a place an act is in ("the
centre of X", "the streets of X", "the middle of X") places it in X
(`places.locate.sentence.EVENT_LOCATIVES`, `PLACE_PART_NOUNS`). Sentences written for the tests
(stop 44, lead). A meeting's place the parse hangs on its "with" partner is the meeting's.
"""

from __future__ import annotations

import pytest

from realpolitik.model import Document
from realpolitik.pipeline import analyse_documents

pytestmark = pytest.mark.slow


def _event_places(text, resources):
    analysis = analyse_documents([Document("t", "t", raw=text, text=text)], resources)[0]
    return {e.trigger: e.location.name if e.location else None for e in analysis.event_mentions}


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Several thousand pensioners marched through the centre of Quito on Friday.",
         "marched", "Quito"),
        ("Striking dockers marched through Mombasa to the port authority's offices.",
         "marched", "Mombasa"),
        ("Riot police dispersed students in the middle of Yerevan with tear gas.",
         "dispersed", "Yerevan"),
    ],
)  # fmt: skip
def test_an_act_through_or_in_a_part_of_a_place_is_placed_there(resources, text, trigger, place):
    assert _event_places(text, resources)[trigger] == place


def test_a_means_told_with_through_is_no_place(resources):
    # "through" names a channel here: no place word, so no place
    places = _event_places("Chile protested through diplomatic channels on Monday.", resources)
    assert places["protested"] is None


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Benin's president held talks with his Nigerian counterpart in Cotonou on Friday.",
         "held talks", "Cotonou"),
        ("Estonia's defence minister met with a senior Finnish official in Tallinn last week.",
         "met", "Tallinn"),
    ],
)  # fmt: skip
def test_a_meeting_place_hung_on_the_partner_is_the_meetings(resources, text, trigger, place):
    # the parse hangs "in X" on the "with" partner, one step past the walk's depth
    assert _event_places(text, resources)[trigger] == place
