"""A state name two states share, after a compass adjective naming a part only one of them has in
the news ("eastern Congo" is the DRC's Kivus and Ituri), is that state for the party and the place
alike; and an attacked town is where the attack was. Stop 49 lead, probes of our own."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events
from place_helpers import places_by_text

from realpolitik.actors.namesake_states import regional_state


def test_eastern_congo_is_the_democratic_republic():
    assert regional_state("Congo", "eastern") == "COD"
    assert regional_state("Congo", "north-eastern") == "COD"


def test_other_words_before_congo_decide_nothing():
    assert regional_state("Congo", "neighbouring") is None
    assert regional_state("Mali", "eastern") is None


@pytest.mark.slow
def test_place_named_eastern_congo_is_the_democratic_republic(nlp):
    places = places_by_text(nlp, "Heavy rains cut roads across eastern Congo last week.")
    assert places["Congo"].country == "COD", places


@pytest.mark.slow
def test_town_named_with_eastern_congo_is_found_in_the_democratic_republic(nlp):
    places = places_by_text(nlp, "Militiamen burned houses near Butembo in north-eastern Congo.")
    assert "Butembo" in places and places["Butembo"].country == "COD", places


@pytest.mark.slow
def test_party_named_eastern_congo_is_the_democratic_republic(resources):
    events = pipeline_events("Aid agencies accused eastern Congo of blocking convoys.", resources)
    targets = {m.country for e in events for m in e.target}
    assert "COD" in targets and "COG" not in targets, targets


@pytest.mark.slow
def test_bare_congo_beside_brazzaville_keeps_the_republic(nlp):
    places = places_by_text(nlp, "Floods hit Brazzaville, the capital of Congo, on Monday.")
    assert places["Congo"].country == "COG", places


@pytest.mark.slow
def test_attacked_town_is_where_the_attack_was(resources):
    events = pipeline_events("Insurgents attacked Diffa and Bosso on Tuesday.", resources)
    attack = next(e for e in events if e.trigger == "attacked")
    assert attack.location is not None and attack.location.name == "Diffa", attack
