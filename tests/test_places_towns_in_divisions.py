"""A town named right before "in <first-level division>" lies in that division ("Cordoba in
Veracruz state"), and a town whose name the tagger ended before a lower-case particle ("Foz
do Iguacu": GPE "Foz") is read whole. Stop 50 lead, probes of our own."""

from __future__ import annotations

import pytest
from place_helpers import places_by_text


@pytest.mark.slow
def test_town_before_its_state_takes_the_reading_inside_the_state(nlp):
    places = places_by_text(
        nlp, "Militants torched a church in Hamilton in Queensland state, police said."
    )
    assert places["Hamilton"].country == "AUS" and places["Hamilton"].admin1 == "Queensland", places


@pytest.mark.slow
def test_town_the_gazetteer_lacks_in_the_division_is_placed_at_the_division(nlp):
    # Baga on Lake Chad is not in the gazetteer; its namesakes in Spain and India are
    text = "Insurgents overran a military base in Baga, in Borno state, residents said."
    place = places_by_text(nlp, text)["Baga"]
    assert place.country == "NGA" and place.precision == "admin1", place
    assert place.admin1 is not None and place.admin1.startswith("Borno"), place


@pytest.mark.slow
def test_small_town_inside_the_division_wins_over_a_larger_namesake_abroad(nlp):
    text = "Dissidents attacked a police station in Rosas in Cauca department on Sunday."
    place = places_by_text(nlp, text)["Rosas"]
    assert place.country == "COL" and place.admin1 == "Cauca Department", place


@pytest.mark.slow
def test_capital_without_a_division_after_it_keeps_its_reading(nlp):
    place = places_by_text(nlp, "The ambassador in Buenos Aires met the foreign minister.")[
        "Buenos Aires"
    ]
    assert place.country == "ARG", place


@pytest.mark.slow
def test_town_before_a_country_is_not_moved(nlp):
    # a country after "in" may be where an official sits, not where the town is
    places = places_by_text(nlp, "Envoys from Tehran in Syria met rebel leaders on Monday.")
    assert places["Tehran"].country == "IRN", places


@pytest.mark.slow
def test_town_name_with_a_particle_is_a_place(nlp):
    text = "Islamist fighters stormed Foz do Iguacu at dawn, officials said."
    places = places_by_text(nlp, text)
    assert "Foz do Iguacu" in places and places["Foz do Iguacu"].country == "BRA", places


@pytest.mark.slow
def test_person_named_with_a_particle_is_not_a_place(nlp):
    places = places_by_text(nlp, "Lula da Silva met union leaders in Sao Paulo on Friday.")
    assert "Lula da Silva" not in places, places


@pytest.mark.slow
def test_particle_joins_a_name_the_tagger_split_in_two(nlp):
    places = places_by_text(
        nlp, "Police arrested twelve gang members in Sao Joao del Rei on Tuesday."
    )
    assert "Sao Joao del Rei" in places and places["Sao Joao del Rei"].country == "BRA", places
