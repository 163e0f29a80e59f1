"""A protest noun whose party is a state or its government ("a protest from Hanoi", "Oslo's
protest to Moscow") is a diplomatic protest: ACCUSE, as the verb "Hanoi protested" reads, and no
ACLED demonstration; a crowd's, students' or union's protest stays a demonstration."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events


def _protest_events(text, resources):
    return [e for e in pipeline_events(text, resources) if e.trigger.lower() == "protest"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The new dam drew a sharp protest from Cairo on Thursday.",
        "Norway's protest to Moscow over the fishing zone went unanswered.",
        "The naval exercise triggered a formal protest from the Philippines.",
    ],
)
def test_events_protest_noun_of_a_state_reads_accuse(resources, text):
    events = _protest_events(text, resources)
    assert events and all(e.plover_type == "ACCUSE" for e in events), text
    assert not any(e.acled_event_type for e in pipeline_events(text, resources)), text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The price rise drew a protest from hundreds of bakers in the square.",
        "The dockers' protest shut the harbour for a day.",
    ],
)
def test_events_protest_noun_of_people_stays_a_demonstration(resources, text):
    events = _protest_events(text, resources)
    assert events and all(e.plover_type == "PROTEST" for e in events), text
    assert any(e.acled_event_type == "Protests" for e in events), text
