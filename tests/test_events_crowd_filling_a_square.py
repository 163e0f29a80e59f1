"""A crowd filling a square, the streets or an avenue demonstrates (CAMEO 141): CAMEO's bare
"fill" 080 read a demand filled, a concession (lead, stop 67; probe sentences written as wire
text, these are others). Water or ash filling the streets is a hazard, no event; filling posts
keeps CAMEO's reading."""

from __future__ import annotations

import pytest
from event_helpers import event_on as _on
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Thousands of pensioners filled the main square of Bishkek on Saturday.", "filled"),
        ("Striking miners filled the streets of Potosi on Wednesday, blowing horns.", "filled"),
        ("Supporters of the jailed mayor filled the avenue outside the courthouse in Istanbul.",
         "filled"),
    ],
)  # fmt: skip
def test_a_crowd_filling_a_public_place_protests(resources, text, verb):
    e = _on(pipeline_events(text, resources), verb)
    assert e.plover_type == "PROTEST"


def test_water_filling_the_streets_is_no_event(resources):
    events = pipeline_events("Floodwater filled the streets of Beira on Sunday night.", resources)
    assert not [e for e in events if e.trigger == "filled"]


def test_filling_posts_keeps_its_reading(resources):
    text = "The cabinet filled three vacant posts with officials from Astana."
    e = _on(pipeline_events(text, resources), "filled")
    assert e.plover_type != "PROTEST"
