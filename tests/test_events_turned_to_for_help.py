"""A party that "turned to" another "for" help, goods or people asks it for them (a REQUEST of
the party in the "to" phrase): "turn ... for" named no event (issue 9, stop 72, args56: own109
tune, the brief's leftover of own107)."""

from __future__ import annotations

from event_helpers import countries_of, pipeline_events, pipeline_top


def test_events_turned_to_a_state_for_goods_is_a_request(resources):
    top = pipeline_top(
        "Senegal turned to Morocco on Tuesday for fertiliser after a fire destroyed its main "
        "depot in Dakar.",
        resources,
    )
    assert top.plover_type == "REQUEST"
    assert countries_of(top.source) == {"SEN"}
    assert countries_of(top.target) == {"MAR"}


def test_events_turned_to_a_state_for_help_is_a_request(resources):
    top = pipeline_top(
        "Armenia has turned to France for help in rebuilding the bridges the floods washed away.",
        resources,
    )
    assert top.plover_type == "REQUEST"
    assert countries_of(top.target) == {"FRA"}


def test_events_turning_for_home_is_no_request(resources):
    # guard: "turned for" with no party turned to asks nothing
    events = pipeline_events(
        "The Peruvian trawler turned for home on Friday after its nets tore.", resources
    )
    assert not [e for e in events if e.plover_type == "REQUEST"]
