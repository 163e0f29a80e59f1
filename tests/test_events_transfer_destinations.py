"""Goods a transfer noun sends to a capital read as a place are no target of their own
(`arguments.transfer_destinations`): the capital's state is, on sentences written for the test."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "receiver"),
    [
        ("Seoul approved the sale of fighter jets to Warsaw.", "POL"),
        ("Moscow suspended the delivery of attack helicopters to Kabul.", "AFG"),
    ],
)  # fmt: skip
def test_transfer_destinations_the_capital_not_the_aircraft_is_the_target(
    resources, text, receiver
):
    main = next(e for e in pipeline_events(text, resources) if e.trigger in {"approved", "suspended"})
    assert [a.country for a in main.target] == [receiver]
    assert all("jet" not in a.text and "helicopter" not in a.text for a in main.target)
