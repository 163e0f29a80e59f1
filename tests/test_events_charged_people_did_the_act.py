"""The people a charging participle describes ("suspected of", "accused of", "convicted of")
did the act charged: "two guards suspected of shooting a smuggler" names the guards as the
shooters, though the act stays background to what is done to them (stop 72 lead)."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "act", "doer"),
    [
        ("Two border guards suspected of shooting a smuggler near Kasumbalesa were suspended.",
         "shooting", "guards"),
        ("Police in Lagos arrested a pastor accused of kidnapping three children.", "kidnapping",
         "pastor"),
        ("Two soldiers convicted of looting shops in Goma were sentenced to ten years.", "looting",
         "soldiers"),
    ],
)  # fmt: skip
def test_events_the_people_a_charge_describes_did_the_act_charged(resources, text, act, doer):
    found = [e for e in pipeline_events(text, resources) if e.trigger.lower() == act]
    assert found, text
    assert any(doer in m.text.lower() for m in found[0].source), text


@pytest.mark.slow
def test_events_an_accused_object_still_does_the_act(resources):
    events = pipeline_events("Bolivia accused Chile of shelling a border post.", resources)
    shelling = [e for e in events if e.trigger.lower() == "shelling"]
    assert shelling and {m.country for m in shelling[0].source} == {"CHL"}
