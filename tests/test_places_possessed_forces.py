"""A generic party whose possessor names its state ("its troops", "their soldiers") belongs to
that state as a named party does (`actors.generic.POSSESSOR_NAMED`), so an act of force between
it and an armed group of the same country is on their own ground (`places.locate.own_ground`).
Sentences written for the tests (stop 40, lead)."""

from __future__ import annotations

import pytest
from event_helpers import event_on, pipeline_events

pytestmark = pytest.mark.slow


def test_its_troops_fighting_a_home_insurgency_are_on_their_own_ground(resources):
    text = "The Nigerian army said its troops killed twelve Boko Haram fighters."
    killed = event_on(pipeline_events(text, resources), "killed")
    assert killed.source and killed.source[0].how.endswith("+poss")
    assert killed.location is not None and killed.location.country == "NGA"


def test_a_generic_party_without_a_possessor_gives_no_own_ground(resources):
    text = "Gunmen killed twelve Boko Haram fighters, the report said."
    killed = event_on(pipeline_events(text, resources), "killed")
    assert killed.location is None
