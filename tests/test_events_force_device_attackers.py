"""A device subject told as a state force's ("a military drone strike", "a government air
strike") names that force of the place's state as the attacker, not unidentified attackers of
the place; a bare device keeps them. Lead, stop 59, probes of our own; these sentences are
others."""

from __future__ import annotations

import pytest
from event_helpers import event_on, pipeline_events


def _sources(text: str, trigger: str, resources) -> list[tuple[str | None, str | None]]:
    return [(m.country, m.sector) for m in event_on(pipeline_events(text, resources), trigger).source]


@pytest.mark.slow
def test_military_air_strike_is_the_places_military(resources):
    text = "A military air strike killed nine villagers at a market in Sagaing region on Tuesday."
    assert _sources(text, "killed", resources) == [("MMR", "MIL")]


@pytest.mark.slow
def test_government_drone_strike_is_the_places_military(resources):
    text = "A government drone strike killed 14 people at a wedding in North Darfur, medics said."
    assert _sources(text, "killed", resources) == [("SDN", "MIL")]


@pytest.mark.slow
def test_bare_roadside_bomb_keeps_unidentified_attackers(resources):
    text = "A roadside bomb killed three police officers near Gao on Wednesday."
    assert _sources(text, "killed", resources) == [("MLI", "UAF")]
