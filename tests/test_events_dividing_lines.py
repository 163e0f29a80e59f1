"""Forces crossing a line that divides the sides of a conflict ("the line of contact", "the
ceasefire line") are moved against the other side as over a border (`border_moves`), and a "Line
of ..." name is a line on the map, no actor (`not_actors`). Sentences written for the tests
(stop 40, lead)."""

from __future__ import annotations

import pytest
from event_helpers import event_on, pipeline_events

from realpolitik.model import Document
from realpolitik.pipeline import analyse_documents

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Armenian soldiers crossed the line of contact near Shusha before dawn.",
        "Two companies of Turkish troops crossed the ceasefire line on Thursday.",
    ],
)
def test_forces_crossing_a_dividing_line_are_moved_against_the_other_side(resources, text):
    crossed = event_on(pipeline_events(text, resources), "crossed")
    assert crossed.plover_type == "MOBILIZE"
    assert crossed.polarity == "asserted"


def test_a_crossing_said_never_to_have_happened_is_negated(resources):
    text = "Pakistani troops have never crossed the demarcation line, the army said."
    crossed = event_on(pipeline_events(text, resources), "crossed")
    assert (crossed.plover_type, crossed.polarity) == ("MOBILIZE", "negated")


def test_a_line_of_control_is_no_actor(resources):
    text = "Shelling across the Line of Actual Control resumed on Sunday."
    analysis = analyse_documents([Document("t", "t", raw=text, text=text)], resources)[0]
    assert not [m for m in analysis.actor_mentions if "Line" in m.text]


def test_a_line_on_a_map_alone_is_crossed_by_no_force(resources):
    text = "Chinese troops crossed the line painted on the parade ground."
    assert not [e for e in pipeline_events(text, resources) if e.trigger == "crossed"]
