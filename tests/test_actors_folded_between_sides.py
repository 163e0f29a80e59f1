"""A side of a "between" phrase the parser folded into a modifier of the other side ("clashes
between police and cattle rustlers": "police" an `nmod` of "rustlers") is a party all the same.
Lead, stop 59, probes of our own; these sentences are others."""

from __future__ import annotations

import pytest
from event_helpers import event_on, pipeline_events


def _parties(text: str, trigger: str, resources) -> set[str]:
    e = event_on(pipeline_events(text, resources), trigger)
    return {m.text for m in [*e.source, *e.target]}


@pytest.mark.slow
def test_police_folded_before_cattle_rustlers_is_a_side(resources):
    text = "Clashes between police and cattle rustlers near Isiolo left four dead on Saturday."
    assert "police" in _parties(text, "Clashes", resources)


@pytest.mark.slow
def test_police_folded_in_a_gunfight_is_a_side(resources):
    text = "A gunfight between police and cattle thieves in Samburu killed two officers."
    assert "police" in _parties(text, "killed", resources)


@pytest.mark.slow
def test_unfolded_sides_are_unchanged(resources):
    text = "Fighting between troops and armed bandits near Gusau killed nine villagers."
    assert {"troops", "armed bandits"} <= _parties(text, "Fighting", resources)
