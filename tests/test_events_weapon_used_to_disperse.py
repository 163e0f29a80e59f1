"""A dispersal that is the purpose of aiming a crowd-control weapon ("used water cannon to
disperse the marchers") is force used on the people dispersed: ASSAULT in mode crowd-control
(`events.force_acts._pushed_by_weapon_used`); without the weapon the verb keeps its reading."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events


def _on(text, resources, word):
    return [e for e in pipeline_events(text, resources) if e.trigger.split()[0] == word]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "target"),
    [
        (
            "Riot police fired tear gas to scatter hundreds of students near the university.",
            "scatter",
            "students",
        ),
        ("Gendarmes used stun grenades to push back the crowd at the bridge.", "push", "crowd"),
    ],
)
def test_events_weapon_used_to_disperse_is_force_on_the_crowd(resources, text, word, target):
    events = _on(text, resources, word)
    assert events and events[0].plover_type == "ASSAULT", text
    assert events[0].plover_mode == "crowd-control", text
    assert any(target in m.text for m in events[0].target), text


@pytest.mark.slow
def test_events_dispersal_without_a_weapon_keeps_its_reading(resources):
    text = "Police used loudspeakers to disperse the crowd outside the stadium."
    assert not any(e.plover_type == "ASSAULT" for e in pipeline_events(text, resources))
