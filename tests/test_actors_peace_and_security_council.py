"""The African Union's Peace and Security Council is the African Union (its standing organ for
conflicts), not the UN Security Council whose name it holds (stop 72 lead)."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events


@pytest.mark.slow
def test_actors_the_peace_and_security_council_is_the_african_unions(resources):
    events = pipeline_events(
        "The Peace and Security Council suspended Gabon after the coup.", resources
    )
    suspended = [e for e in events if e.trigger.lower() == "suspended"]
    assert suspended and [m.actor_id for m in suspended[0].source] == ["org:african_union"]


@pytest.mark.slow
def test_actors_the_un_security_council_keeps_its_own_name(resources):
    events = pipeline_events("The UN Security Council condemned the raid on the camp.", resources)
    condemned = [e for e in events if e.trigger.lower() == "condemned"]
    assert condemned and [m.actor_id for m in condemned[0].source] == ["org:un_security_council"]
