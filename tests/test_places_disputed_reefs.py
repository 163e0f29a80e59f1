"""The disputed reefs and shoals of the South China Sea are places of `small_places.tsv` (stop 40,
lead): an event told at one is located there. Sentences written for the tests."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "reef"),
    [
        ("Water cannon were fired at fishing boats off Scarborough Shoal on Friday.", "Scarborough Shoal"),
        ("A Chinese ship rammed a Philippine supply boat near Ayungin Shoal on Monday.", "Second Thomas Shoal"),
    ],
)  # fmt: skip
def test_an_event_at_a_disputed_reef_is_located_there(resources, text, reef):
    located = [e.location.name for e in pipeline_events(text, resources) if e.location]
    assert reef in located
