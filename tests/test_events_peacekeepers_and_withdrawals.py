"""Peacekeepers are a party (troops of their state where the text names it), and forces moved
out of or away from a named place are aimed at the place's state, not at whoever acted in an
"after" clause (`data/actors/generic_actors.yaml`, `arguments._moved_out_of`). Sentences written
for the tests (stop 44, lead)."""

from __future__ import annotations

import pytest
from event_helpers import countries_of, pipeline_events

pytestmark = pytest.mark.slow


def _on(text, resources, trigger):
    return next(e for e in pipeline_events(text, resources) if e.trigger == trigger)


def test_peacekeepers_attacked_are_the_target(resources):
    event = _on("Gunmen ambushed a patrol of Malawian peacekeepers near Eringeti.", resources,
                "ambushed")  # fmt: skip
    assert countries_of(event.target) == {"MWI"}


def test_peacekeepers_who_act_are_the_source(resources):
    event = _on("Peacekeepers opened fire on looters near the camp at Kiwanja.", resources,
                "opened fire")  # fmt: skip
    assert [m.text for m in event.source] == ["Peacekeepers"]


def test_forces_pulled_out_of_a_town_are_aimed_at_its_state_not_the_after_clause(resources):
    text = (
        "Burundi pulled its soldiers out of the town of Uvira in eastern Congo after the UN "
        "mission closed its office there."
    )
    event = _on(text, resources, "pulled")
    assert "UN mission" not in [m.text for m in event.target]


def test_forces_readied_after_an_act_still_answer_it(resources):
    # no place is left: the act in the "after" clause is still what the move answers
    event = _on("India placed its troops on high alert after Chinese soldiers crossed the border.",
                resources, "placed")  # fmt: skip
    assert countries_of(event.target) == {"CHN"}
