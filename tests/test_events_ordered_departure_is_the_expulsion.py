"""An order to leave given to an envoy is an expulsion, and the leaving it asks for is that
expulsion: the verb of leaving under the order names no act of its own (its bare CAMEO block had
read a visit, CONSULT, by the envoy expelled; stop 73 lead). Leaving that nobody ordered, or a
journey "for" a capital, keeps its reading."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

LEAVING = {"leave", "left", "quit", "depart", "vacate"}


def _leaving_events(text, resources):
    return [e for e in pipeline_events(text, resources) if e.trigger.lower() in LEAVING]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Ecuador ordered the Colombian consul to leave Quito within 48 hours.",
        "Niger's military rulers told the Belgian ambassador to leave the country within 48 hours.",
        "The Ghanaian trade envoy was told to leave the country before the end of the week.",
    ],
)
def test_events_an_ordered_departure_is_no_act_of_its_own(resources, text):
    assert _leaving_events(text, resources) == [], text


@pytest.mark.slow
def test_events_the_order_itself_stays_the_expulsion(resources):
    events = pipeline_events(
        "Ecuador ordered the Colombian consul to leave Quito within 48 hours.", resources
    )
    assert any(e.trigger == "ordered" and e.plover_type == "SANCTION" for e in events)


@pytest.mark.slow
def test_events_a_journey_for_a_capital_keeps_its_reading(resources):
    text = "The foreign minister left Hanoi on Sunday for talks in Vientiane."
    assert _leaving_events(text, resources), text
