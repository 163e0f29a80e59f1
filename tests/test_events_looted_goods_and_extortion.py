"""Looting goods, livestock or aid is seizing property (ASSAULT, CAMEO 1712), as looting premises
is; extorting money is seizing it (COERCE, CAMEO 171). Stop 62 lead (`own_triggers.tsv`).
Sentences written for the test, not the probe sentences that prompted the class."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "plover"),
    [
        ("Bandits looted grain from farmers near Maradi on Saturday.", "looted", "ASSAULT"),
        ("Rebel fighters looted relief supplies from a convoy near Kalehe.", "looted", "ASSAULT"),
        ("Militants extorted fees from truck drivers on the road to Kismayo.", "extorted", "COERCE"),
        ("Police officers extorted bribes from motorists at roadblocks outside Lagos.", "extorted", "COERCE"),
    ],
)  # fmt: skip
def test_looting_goods_and_extorting_money_are_seizures(resources, text, trigger, plover):
    events = pipeline_events(text, resources)
    assert next(e for e in events if e.trigger.startswith(trigger)).plover_type == plover


def test_looting_premises_keeps_its_reading(resources):
    events = pipeline_events("Rioters looted shops in the centre of Nairobi.", resources)
    assert next(e for e in events if e.trigger.startswith("looted")).plover_type == "ASSAULT"
