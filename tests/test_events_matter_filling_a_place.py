"""The matter a hazard leaves or a fire gives off (mud, ash, smoke, rubble, seawater), told as
the doer of filling, burying or destroying, names no one: no event (the crowd rows read "filled
the streets" as a protest with no party; lead, stop 68; probe sentences written as wire text,
these are others). A public place told "filled with" a crowd names the crowd as the doer."""

from __future__ import annotations

import pytest
from event_helpers import event_on as _on
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Ash from the volcano filled the streets of Goma on Tuesday.", "filled"),
        ("Black smoke filled the avenue near the refinery all afternoon.", "filled"),
        ("Sludge from the burst dam damaged homes across the valley below Brumadinho.",
         "damaged"),
        ("Seawater destroyed rice fields along the coast of Bago.", "destroyed"),
    ],
)  # fmt: skip
def test_matter_told_as_the_doer_is_no_event(resources, text, verb):
    events = pipeline_events(text, resources)
    assert not [e for e in events if e.trigger == verb]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("The central square of Yerevan was filled with protesters on Sunday evening.",
         "protesters"),
        ("The main streets of Asuncion were filled with striking teachers on Monday.", "teachers"),
    ],
)  # fmt: skip
def test_a_place_filled_with_a_crowd_names_the_crowd_as_doer(resources, text, party):
    e = _on(pipeline_events(text, resources), "filled")
    assert e.plover_type == "PROTEST"
    assert [m.text.split()[-1] for m in e.source] == [party]


def test_a_crowd_filling_a_square_keeps_its_reading(resources):
    # guard: the crowd as the subject already protested
    text = "Thousands of students filled the main square of Tbilisi on Friday."
    e = _on(pipeline_events(text, resources), "filled")
    assert e.plover_type == "PROTEST"
    assert [m.text.split()[-1] for m in e.source] == ["students"]
