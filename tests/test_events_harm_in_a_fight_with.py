"""Harm done in the passive in a fight with a named side was done by that side
(`arguments.clash_partners_of_harm`). Sentences written for the tests, not the probes that
prompted the class."""

from __future__ import annotations

import pytest
from event_helpers import event_on, pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "verb", "doer"),
    [
        ("Four gunmen were shot dead in a shootout with Pakistani police in Karachi.", "shot", "Pakistani police"),
        ("A Jordanian border guard was injured in clashes with drug smugglers near Ruwaished.", "injured",
         "drug smugglers"),
    ],
)  # fmt: skip
def test_harm_in_a_fight_with_a_side_was_done_by_that_side(resources, text, verb, doer):
    act = event_on(pipeline_events(text, resources), verb)
    assert doer in [a.text for a in act.source]


def test_harm_with_a_doer_of_its_own_keeps_it(resources):
    # a "by" doer is the harm's own: the fight's other side is not made its doer
    text = "Two soldiers were killed by a landmine during clashes with Tuareg rebels near Kidal."
    act = event_on(pipeline_events(text, resources), "killed")
    assert "Tuareg rebels" not in [a.text for a in act.source]
