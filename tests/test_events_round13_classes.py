"""Classes of phrasing of issue 9's thirteenth round, on sentences written for the test (not the
held-out sentences that prompted them): a meeting told as held ("met at the border post", "met
for talks", "met with leaders") is consultation; CAMEO's patterns code these "meet" phrases as an
intent to meet, which only a future framing ("will meet for talks") should give."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

from realpolitik.eval.plover import top_event
from realpolitik.events.lexicon import load_lexicon


def test_events_round13_meeting_patterns_read_as_consultation():
    lex = load_lexicon()
    for prep, obj in (("at", ""), ("for", "talks"), ("with", "leaders")):
        hit = lex.pattern("meet", prep, obj)
        assert hit is not None and hit.plover_type == "CONSULT", (prep, obj)
    # an offer to meet stays an intent (the verb "offer" is not touched)
    assert lex.verb("offer") is not None and lex.verb("offer").plover_type == "AGREE"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("Sudanese and Chadian border officials met at the Adre crossing on Tuesday.", "CONSULT"),
        ("Envoys of the two Koreas met for talks in Panmunjom, the unification ministry said.",
         "CONSULT"),
        ("Bolivia's foreign minister met with leaders of the Andean Community in Quito.",
         "CONSULT"),
        # the same phrases told as future are a promise to meet, AGREE, by the clause's framing
        ("Serbian and Kosovan negotiators will meet for talks in Brussels next week.", "AGREE"),
    ],
)
def test_events_round13_meeting_type(resources, text, plover_type):
    top = top_event(pipeline_events(text, resources))
    assert top is not None and top.plover_type == plover_type, text
