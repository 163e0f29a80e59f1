"""A place the parser hangs on a side of a "between" phrase ("clashes between soldiers and
militants near Ndele") is where they fought, not a third party. Lead, stop 59, probes of our
own; these sentences are others."""

from __future__ import annotations

import pytest
from event_helpers import event_on, pipeline_events


def _target_texts(text: str, trigger: str, resources) -> set[str]:
    return {m.text for m in event_on(pipeline_events(text, resources), trigger).target}


@pytest.mark.slow
def test_town_outside_which_two_sides_fought_is_no_target(resources):
    text = "Heavy fighting between troops and rebels outside Ndele killed nine people on Friday."
    assert "Ndele" not in _target_texts(text, "fighting", resources)


@pytest.mark.slow
def test_town_near_the_sides_of_a_clash_is_no_target(resources):
    text = "Fighting between government forces and Fano militiamen near Debre Tabor killed seven."
    assert "Debre Tabor" not in _target_texts(text, "Fighting", resources)


@pytest.mark.slow
def test_the_other_side_of_the_clash_stays_the_target(resources):
    text = "Heavy fighting between troops and rebels outside Ndele killed nine people on Friday."
    assert "rebels" in _target_texts(text, "fighting", resources)
