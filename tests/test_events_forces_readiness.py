"""Raising forces' readiness is raising their alert (CAMEO 152, MOBILIZE), also when the
readiness is a degree of something ("the highest level of readiness", "a state of alert")."""

from __future__ import annotations

import pytest
from event_helpers import countries_of, pipeline_events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Kyrgyzstan raised the readiness of its border units after the shooting.", "KGZ"),
        ("Greece boosted the readiness of its fleet in the Aegean on Monday.", "GRC"),
        ("Venezuela put its army on the highest degree of readiness along the river.", "VEN"),
        ("Ghana's army stepped up its readiness in the north after the attacks.", "GHA"),
    ],
)
def test_raising_readiness_is_a_mobilisation(resources, text, source):
    mobilised = [e for e in pipeline_events(text, resources) if e.plover_type == "MOBILIZE"]
    assert mobilised, text
    assert source in countries_of(mobilised[0].source)


@pytest.mark.slow
def test_a_level_of_something_else_raised_is_no_mobilisation(resources):
    text = "Kenya's treasury raised the level of funding for rural schools in its budget."
    assert not [e for e in pipeline_events(text, resources) if e.plover_type == "MOBILIZE"]
