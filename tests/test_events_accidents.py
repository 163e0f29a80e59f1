"""An accident names no doer: a craft that crashed, overturned or collided, and the participle
hung on its verb ("..., killing 14"), are no act (events/accidents.py, lead stop 58)."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow

ACCIDENTS = [
    "An overloaded coach overturned near Mbeya on Friday, killing 11 passengers, regional police said.",
    "A goods train derailed outside Lahore early on Tuesday, injuring 30 people, railway officials said.",
    "A passenger ferry capsized on Lake Kivu on Sunday, drowning at least 20 people.",
    "The collision killed six people on the road to Juba, the traffic police said.",
]


@pytest.mark.parametrize("text", ACCIDENTS)
def test_an_accident_and_its_toll_are_no_assault(text, resources):
    types = [e.plover_type for e in pipeline_events(text, resources)]
    assert "ASSAULT" not in types and "COERCE" not in types, types


def test_a_craft_brought_down_by_a_hostile_cause_stays_an_attack(resources):
    # guard: a landmine under the vehicle makes the toll an attack's
    text = "A minibus hit a landmine and overturned near Gao on Monday, killing nine passengers."
    assert "ASSAULT" in [e.plover_type for e in pipeline_events(text, resources)]


def test_forces_firing_on_a_bus_still_kill(resources):
    # guard: the craft is the target, not the subject, of the act
    text = "Soldiers opened fire on a minibus near Kasese on Monday, killing four passengers."
    assert "ASSAULT" in [e.plover_type for e in pipeline_events(text, resources)]
