"""Event nouns of the round on our second own article set (`reader_own2`, issue 9, r4): a
"dialogue" is talks (CONSULT), "the dismantling" of an armed group is coercion (COERCE), and a
protest dispersed took place (PROTEST, asserted), and leaving an organisation or pact breaks a
relation (SANCTION).
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on, events_with_actors

pytestmark = pytest.mark.slow


def test_events_reader_own2_dialogue_is_talks(nlp):
    events = events_with_actors(
        nlp,
        "The dialogue between Juba and the rebels resumed in Nairobi.",
        ("Juba", "SSD", "GOV"), ("rebels", None, "REB"),
    )  # fmt: skip
    assert event_on(events, "dialogue").plover_type == "CONSULT"


def test_events_reader_own2_a_dialogue_ruled_out_is_not_held(nlp):
    events = events_with_actors(
        nlp, "The minister ruled out any dialogue with the separatists.",
        ("minister", None, "GOV"), ("separatists", None, "REB"),
    )  # fmt: skip
    dialogue = event_on(events, "dialogue")
    assert dialogue.plover_type == "CONSULT" and dialogue.polarity != "asserted"


def test_events_reader_own2_dismantling_an_armed_group_is_coercion(nlp):
    events = events_with_actors(
        nlp, "Troops began the dismantling of the militia's camps on Monday.",
        ("Troops", None, "MIL"), ("militia", None, "REB"),
    )  # fmt: skip
    assert event_on(events, "dismantling").plover_type == "COERCE"


def test_events_reader_own2_a_dispersed_protest_took_place(nlp):
    events = events_with_actors(
        nlp, "Soldiers in Conakry dispersed a demonstration against the junta with live fire.",
        ("Soldiers", "GIN", "MIL"), ("junta", "GIN", "GOV"),
    )  # fmt: skip
    protest = event_on(events, "demonstration")
    assert protest.plover_type == "PROTEST" and protest.polarity == "asserted"


def test_events_reader_own2_leaving_an_organisation_breaks_a_relation(nlp):
    events = events_with_actors(
        nlp, "Burundi quit the East African Community last year.",
        ("Burundi", "BDI", "GOV"), ("East African Community", None, "IGO"),
    )  # fmt: skip
    assert event_on(events, "quit").plover_type == "SANCTION"


def test_events_reader_own2_leaving_ground_stays_a_retreat(nlp):
    events = events_with_actors(
        nlp, "The rebels quit the town after two days of shelling.", ("rebels", None, "REB"),
    )
    assert event_on(events, "quit").plover_type == "RETREAT"
