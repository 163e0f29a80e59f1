"""Thirteenth round: the place an organisation is named for, opening its name ("the Sligo
Council", "the Kendal Times"), where the town is too small to be prominent."""

from __future__ import annotations

from place_helpers import places_by_text


def test_places_town_opening_a_council_name_is_that_town(nlp):
    places = places_by_text(
        nlp, "A spokesman for the Sligo Council said the road would reopen in May."
    )
    assert places["Sligo"].country == "IRL"


def test_places_town_opening_a_newspaper_name_is_that_town(nlp):
    places = places_by_text(nlp, "The closure of the mill was reported by the Kendal Times.")
    assert places["Kendal"].country == "GBR"


def test_places_small_namesake_opening_a_society_name_is_no_place(nlp):
    assert places_by_text(nlp, "The Miller Society held its annual dinner on Friday.") == {}


def test_places_town_opening_a_company_name_is_no_place(nlp):
    assert places_by_text(nlp, "He joined Sligo Media Ltd as a designer last spring.") == {}


def test_places_name_repeated_after_sentence_initial_the_leaves_the_article_out(nlp):
    places = places_by_text(
        nlp, "The Kendal Times ran the story first. Shops in Kendal closed early on Friday."
    )
    assert "Kendal" in places
    assert "The Kendal" not in places


def test_places_bare_name_of_a_county_the_text_names_is_that_county(nlp):
    places = places_by_text(
        nlp,
        "Deputies of the Essex County sheriff's office in Newark, New Jersey, found the car, "
        "the Essex Herald reported.",
    )
    assert places["Essex"].name == "Essex County"
    assert places["Essex"].admin1 == "New Jersey"


def test_places_city_beside_its_own_county_keeps_the_city(nlp):
    places = places_by_text(
        nlp, "Two schools in Dallas County closed on Monday, and Dallas police said roads were icy."
    )
    assert places["Dallas"].name == "Dallas"
