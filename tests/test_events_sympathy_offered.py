"""Sympathy offered, expressed or voiced to a party is praise (PLOVER SUPPORT), as a condolence
sent is: not an offer to do something (AGREE), and not left without an event."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

from realpolitik.eval.plover import top_event
from realpolitik.events.lexicon import load_lexicon


def test_events_sympathy_words_in_the_lexicon():
    lex = load_lexicon()
    for verb in ("offer", "express", "voice"):
        for noun in ("condolences", "sympathy", "sympathies"):
            assert lex.pattern(verb, "", noun).plover_type == "SUPPORT", (verb, noun)
    # an offer of something else keeps the verb's reading
    assert lex.pattern("offer", "", "loan").plover_type == "AGREE"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("Peru's foreign minister offered condolences to Ecuador after the landslide.", "SUPPORT"),
        ("The Danish king expressed his sympathy to Greenland's people over the storm.", "SUPPORT"),
        (
            "Vietnam's president voiced sympathies with the Philippines after the typhoon.",
            "SUPPORT",
        ),
        ("Morocco offered Mauritania a loan to rebuild its port.", "AGREE"),
    ],
)
def test_events_sympathy_offered_main_event_type(resources, text, plover_type):
    top = top_event(pipeline_events(text, resources))
    assert top is not None and top.plover_type == plover_type, text
