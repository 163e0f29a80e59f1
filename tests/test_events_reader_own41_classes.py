"""Classes of phrasing read from reader_own41's tune misses and stop 61's list (round r42,
reader46). Every sentence here was written for these tests; none comes from a gold set."""

from __future__ import annotations

import pytest
from event_helpers import event_holding, pipeline_events


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Journalist Tomas Varga remains under house arrest in Budapest, his lawyer said.", "Varga"),
        ("A Danish sailor stays under arrest in Tallinn while prosecutors study his case.", "Danish"),
    ],
)
def test_events_reader_own41_one_kept_under_arrest_is_the_target(resources, text, held):
    # "X remains / stays under arrest": the subject of the staying verb is the one held, as the
    # subject of "came under fire" is the one fired on (`under_verbs`, light_verbs.yaml)
    event = event_holding(pipeline_events(text, resources), "arrest")
    assert event.plover_type == "COERCE"
    assert any(held in m.text for m in event.target), event.target


def test_events_reader_own41_one_placed_under_arrest_keeps_the_placer_as_source(resources):
    # guard: an active "placed X under arrest" keeps its subject as the doer
    text = "Police placed the Danish sailor under arrest in Tallinn."
    event = event_holding(pipeline_events(text, resources), "placed")
    assert [m.text for m in event.source] == ["Police"]
    assert any("Danish" in m.text for m in event.target), event.target


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("The two journalists stayed in detention in Asmara for a month.", "journalists"),
        ("Four Somali traders remained in detention in Djibouti after the hearing.", "Somali"),
    ],
)
def test_events_reader_own41_one_staying_in_detention_is_held_not_the_doer(resources, text, held):
    # "X stays / remains in detention": the staying verb's subject is the one held, never the
    # custody's doer (`held_in_verbs`, light_verbs.yaml); CAMEO codes "remain in detention" as a
    # refusal to release (1243, REJECT), whose target is the one held too
    event = event_holding(pipeline_events(text, resources), "detention")
    assert event.plover_type in {"COERCE", "REJECT"}
    assert not any(held in m.text for m in event.source), event.source
    assert any(held in m.text for m in event.target), event.target


def test_events_reader_own41_custody_kept_by_a_force_keeps_the_force_as_source(resources):
    # guard: "kept X in detention" is done by its subject
    text = "Police kept the Somali traders in detention overnight in Djibouti."
    events = pipeline_events(text, resources)
    assert any("Police" in m.text for e in events for m in e.source), [(e.trigger, e.source) for e in events]
