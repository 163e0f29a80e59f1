"""Twelfth round: world regions at GeoNames' points (the convention GeoWebNews' gold uses), and
"the West" as the Western world, never a word inside a street's name."""

from __future__ import annotations

from place_helpers import places_by_text

from realpolitik.places.distance import haversine_km
from realpolitik.places.gazetteer import load_gazetteer


def test_gazetteer_one_word_name_with_its_article_is_not_prominent():
    gazetteer = load_gazetteer()
    assert not gazetteer.is_prominent("West")
    assert gazetteer.is_prominent("Middle East")


def test_places_the_west_after_a_country_is_the_western_world(nlp):
    places = places_by_text(nlp, "Ties between Moscow and the West have cooled since the spring.")
    assert places["West"].name == "Western world"


def test_places_street_ending_in_west_stays_in_its_town(nlp):
    places = places_by_text(
        nlp, "A van hit a cyclist on Dundas Street West in Toronto on Friday morning."
    )
    street = places["Dundas Street West"]
    assert street.admin1 == "Ontario"


def test_places_latin_america_lies_at_south_americas_point(nlp):
    places = places_by_text(nlp, "Sales of scooters rose fastest in Latin America last year.")
    region = places["Latin America"]
    south_america = next(
        e for e in load_gazetteer().primary["south america"] if e.kind == "continent"
    )
    assert haversine_km(region.lat, region.lon, south_america.lat, south_america.lon) < 1


def test_gazetteer_name_also_listed_bare_stays_prominent():
    # "the EU" is listed with its article, and "EU" bare as well
    assert load_gazetteer().is_prominent("EU")


def test_places_west_without_its_article_is_no_place(nlp):
    # the list writes "the West"; a bare "West" starts other names
    places = places_by_text(nlp, "Tickets for West Side Story sold out in Leeds within a day.")
    assert "West" not in places
    assert places["Leeds"].country == "GBR"
