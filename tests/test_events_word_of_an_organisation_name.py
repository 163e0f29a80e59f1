"""A word inside the name of an organisation the knowledge base knows names no event ("the Rapid
Support Forces" gives no praise), and the Sudanese paramilitary and the African Union's Peace and
Security Council are known by their names (stop 72 lead)."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events


@pytest.mark.slow
def test_events_a_word_of_a_named_force_gives_no_support(resources):
    events = pipeline_events(
        "Fighters of the Rapid Support Forces stormed a clinic in Nyala.", resources
    )
    assert not any(e.plover_type == "SUPPORT" for e in events)
    stormed = [e for e in events if e.trigger.lower() == "stormed"]
    assert stormed and [(m.country, m.sector) for m in stormed[0].source] == [("SDN", "REB")]


@pytest.mark.slow
def test_events_the_peace_and_security_council_is_the_african_unions(resources):
    events = pipeline_events(
        "The Peace and Security Council suspended Gabon after the coup.", resources
    )
    suspended = [e for e in events if e.trigger.lower() == "suspended"]
    assert suspended and [m.actor_id for m in suspended[0].source] == ["org:african_union"]


@pytest.mark.slow
def test_events_a_support_noun_outside_a_name_is_still_support(resources):
    events = pipeline_events(
        "The support of Ghana for the mission was welcomed by Haiti.", resources
    )
    assert any(e.plover_type == "SUPPORT" and e.trigger.lower() == "support" for e in events)
