"""Round r10b (plover25): goods received in a shipment are the sender's aid; opening legal
proceedings against a party is bringing a case against it. Every text here was written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow


def _main(events):
    return max(events, key=lambda e: e.confidence)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya received a shipment of maize from Tanzania on Monday.",
        "The port of Beira received a consignment of medicine from Portugal after the cyclone.",
        "The Nigerian air force took delivery of six attack helicopters from Italy last week.",
    ],
)
def test_goods_received_in_a_shipment_are_the_senders_aid(text, resources):
    assert _main(pipeline_events(text, resources)).plover_type == "AID"


def test_the_sender_of_a_shipment_is_the_source_of_the_aid(resources):
    main = _main(pipeline_events("Kenya received a shipment of maize from Tanzania.", resources))
    assert [a.country for a in main.source] == ["TZA"]
    assert [a.country for a in main.target] == ["KEN"]


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine opened legal proceedings against a Russian energy company.",
        "The commission launched infringement proceedings against Poland over its judges.",
        "Lithuania has started proceedings against Belarus at the court in The Hague.",
    ],
)
def test_opening_proceedings_against_a_party_is_bringing_a_case(text, resources):
    assert _main(pipeline_events(text, resources)).plover_type == "ACCUSE"


@pytest.mark.parametrize(
    "text",
    [
        "Estonia and Latvia held their first joint coast guard exercise off Riga on Monday.",
        "Chile and Argentina held a joint border police drill near Mendoza in March.",
    ],
)
def test_an_exercise_the_parser_took_for_a_verb_is_still_the_object_held(text, resources):
    assert _main(pipeline_events(text, resources)).plover_type == "COOPERATE"
