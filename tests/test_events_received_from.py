"""A message received "from" a party: the sender is the source, the receiver the
target (events/received_from.py, lead stop 58)."""

from __future__ import annotations

import pytest
from event_helpers import event_on, pipeline_events

pytestmark = pytest.mark.slow


def _countries(parties):
    return [m.country for m in parties]


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("Malawi's leader received a message from Zambia's president on Sunday.", "ZMB", "MWI"),
        ("The Gambian president received a letter from his Senegalese counterpart.", "SEN", "GMB"),
    ],
)
def test_the_giver_of_a_thing_received_is_the_source(text, giver, receiver, resources):
    event = event_on(pipeline_events(text, resources), "received")
    assert giver in _countries(event.source) and receiver in _countries(event.target)


def test_a_delegation_received_is_hosted_by_the_receiver(resources):
    # guard: a party received is a visit the receiver hosts
    text = "Senegal's president received a delegation from Mauritania in Dakar on Monday."
    event = event_on(pipeline_events(text, resources), "received")
    assert "SEN" in _countries(event.source)
