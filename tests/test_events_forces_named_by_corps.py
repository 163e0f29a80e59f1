"""Forces named by their corps (gendarmes, legionnaires, jaegers) sent, moved or massed by their
own state are a show of force (MOBILIZE, CAMEO 154) as soldiers are: "sent two squadrons of
gendarmes to the coast" read the bare "send" (aid) and "moved two companies of jaegers" no event
(issue 9, stop 73, plover71: own110 tune and the stop 72 work list)."""

from __future__ import annotations

from event_helpers import pipeline_events, pipeline_top


def test_events_gendarmes_sent_to_a_region_are_mobilized(resources):
    top = pipeline_top(
        "Niger's interior ministry sent three squadrons of gendarmes to the Tillabéri region on "
        "Monday after bandits raided a market.",
        resources,
    )
    assert top.plover_type == "MOBILIZE"


def test_events_legionnaires_sent_to_an_island_are_mobilized(resources):
    top = pipeline_top(
        "France sent legionnaires to the island of Mayotte on Friday, the defence ministry said.",
        resources,
    )
    assert top.plover_type == "MOBILIZE"


def test_events_jaegers_moved_to_a_frontier_are_mobilized(resources):
    top = pipeline_top(
        "Estonia moved two companies of border jaegers to the frontier near Narva on Sunday.",
        resources,
    )
    assert top.plover_type == "MOBILIZE"


def test_events_medicine_sent_to_a_region_stays_aid(resources):
    # guard: the bare "send" of relief goods keeps its aid reading
    top = pipeline_top(
        "Niger's health ministry sent two tonnes of medicine to the Tillabéri region on Monday "
        "after floods cut the roads.",
        resources,
    )
    assert top.plover_type == "AID"


def test_events_doctors_sent_to_a_region_are_no_mobilization(resources):
    # guard: people sent who are no force are not a show of force
    events = pipeline_events(
        "The health ministry sent twenty doctors to the Tillabéri region on Monday.", resources
    )
    assert not [e for e in events if e.plover_type == "MOBILIZE"]
