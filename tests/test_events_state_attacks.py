"""Who did an attack named by a noun with a place-name modifier."""

import pytest
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow


def test_events_state_strike_noun_keeps_the_state_as_attacker(resources):
    events = pipeline_events("A U.S. drone strike killed three militants in North Waziristan on Tuesday.", resources)
    strike = next(e for e in events if e.trigger == "strike")
    assert [a.country for a in strike.source] == ["USA"]
    assert strike.acled_sub_event_type == "Air/drone strike"
    assert strike.fatalities == 3


def test_events_place_before_attack_noun_is_not_the_attacker(resources):
    events = pipeline_events("Kabul denied any link to the Pakistan attack.", resources)
    attack = next(e for e in events if e.trigger == "attack")
    assert all(a.country != "PAK" for a in attack.source)
