"""A past that did not happen ("would have captured", "would have attacked") is neither promised
nor threatened: the act keeps its own type and is told hypothetical (`framing.counterfactual`),
where a bare "would" before a hostile act stays a threat. Sentences written for the tests (stop
40, lead)."""

from __future__ import annotations

import pytest
from event_helpers import event_on, pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "word", "plover_type"),
    [
        ("But for the drone strikes, the militia would have overrun the airport.", "overrun", "COERCE"),
        ("Without the truce, government troops would have shelled the old city.", "shelled", "ASSAULT"),
    ],
)  # fmt: skip
def test_a_counterfactual_past_keeps_its_type_and_is_hypothetical(resources, text, word, plover_type):
    event = event_on(pipeline_events(text, resources), word)
    assert (event.plover_type, event.polarity) == (plover_type, "hypothetical")


def test_a_hostile_act_under_a_bare_would_is_still_a_threat(resources):
    text = "The militia would overrun the airport unless the army withdrew."
    event = event_on(pipeline_events(text, resources), "overrun")
    assert event.plover_type == "THREATEN"
