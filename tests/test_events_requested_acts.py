"""An act asked "for" is an event of its own, wanted, not done (issue 9, round r10b, reader11:
`events/requested_acts.py`): "called for an emergency meeting" tells the call AND the meeting it
asks for. Every text here was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "word", "plover_type"),
    [
        ("The foreign minister called for an emergency meeting of the regional bloc on Friday.",
         "meeting", "CONSULT"),
        ("Protesters called for the release of the detained journalists.", "release", "RETREAT"),
    ],
)  # fmt: skip
def test_the_act_called_for_is_an_event_not_yet_done(analyse, text, word, plover_type):
    event = event_on(analyse(text), word)
    assert event.plover_type == plover_type
    assert event.polarity != "asserted"


def test_the_call_itself_stays_the_request(analyse):
    text = "The foreign minister called for an emergency meeting of the regional bloc on Friday."
    assert event_on(analyse(text), "called").plover_type == "REQUEST"
