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


# Fourteenth round: a name read only inside organisations' names is pulled by the country the
# document is mostly about, not by one it names in passing.
_MOLDOVA_WITH_THE_US_IN_PASSING = (
    "Moldova's parliament passed the election law on Tuesday; Moldova's president signed it and "
    "Moldova's prime minister praised it. The United States had urged a delay, and the U.S. "
    "envoy said so again. The law fell short, said the {} Commission."
)


def test_places_commission_named_for_a_town_is_not_pulled_by_a_country_named_in_passing(nlp):
    places = places_by_text(nlp, _MOLDOVA_WITH_THE_US_IN_PASSING.format("Athens"))
    assert places["Athens"].country == "GRC"
    places = places_by_text(nlp, _MOLDOVA_WITH_THE_US_IN_PASSING.format("Florence"))
    assert places["Florence"].country == "ITA"


def test_places_council_named_for_a_town_keeps_the_pull_of_the_documents_own_country(nlp):
    places = places_by_text(
        nlp,
        "Police in Texas closed the road near Dallas. The Texas governor spoke in Houston, and "
        "the United States flag flew. The plan fell short, said the Paris Council.",
    )
    assert places["Paris"].country == "USA"
    assert places["Paris"].admin1 == "Texas"
