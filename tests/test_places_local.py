"""Local news: townships, town police, possessive names, counties among their towns, American texts."""

from __future__ import annotations

import pytest
from place_helpers import places_by_text as _places


@pytest.mark.slow
def test_places_town_before_township_is_the_town(nlp):
    places = _places(nlp, "Voters in Cranford Township rejected the school budget, officials said.")
    assert places["Cranford Township"].name == "Cranford"
    assert places["Cranford Township"].country == "USA"


@pytest.mark.slow
def test_places_town_before_lower_case_police_is_the_town(nlp):
    # spaCy calls "Hoover" an organisation here
    places = _places(nlp, "Hoover police said the stolen truck was found behind a church.")
    assert places["Hoover"].admin1 == "Alabama"


@pytest.mark.slow
def test_places_surname_before_police_is_no_place(nlp):
    assert _places(nlp, "Officer Kowalczyk police records show nothing.") == {}


@pytest.mark.slow
def test_places_possessive_inside_a_town_name_is_kept_whole(nlp):
    places = _places(nlp, "King's Lynn councillors voted on Tuesday to close the depot.")
    assert places["King's Lynn"].country == "GBR"


@pytest.mark.slow
def test_places_facility_before_a_state_lies_in_that_state(nlp):
    text = "The driver was flown to Riverside Regional Medical Center in Virginia on Sunday."
    places = _places(nlp, text)
    assert places["Virginia"].country == "USA"
    assert places["Riverside Regional Medical Center"].country == "USA"


@pytest.mark.slow
def test_places_county_follows_the_towns_around_it(nlp):
    text = (
        "Deputies from Franklin and Brentwood joined the search. "
        "The Williamson County sheriff said the man was found in Nashville."
    )
    # (Williamson County, Texas is the larger; Tennessee's lies among these towns)
    assert _places(nlp, text)["Williamson County"].admin1 == "Tennessee"


@pytest.mark.slow
def test_places_american_text_reads_a_shared_town_name_as_american(nlp):
    text = (
        "Early tickets cost $45 and $60 at the gate. "
        "The Birmingham festival brings 30 bands to the old ironworks in July."
    )
    assert _places(nlp, text)["Birmingham"].country == "USA"


@pytest.mark.slow
def test_places_british_text_keeps_the_british_reading(nlp):
    text = (
        "The colour of the new centre divided councillors. "
        "The Birmingham scheme was approved on Friday."
    )
    assert _places(nlp, text)["Birmingham"].country == "GBR"


@pytest.mark.slow
def test_places_state_in_brackets_contains_the_county(nlp):
    text = "Orange County (N.C.) commissioners voted to sell the old courthouse."
    places = _places(nlp, text)
    assert places["N.C."].name == "North Carolina"
    assert places["Orange County"].admin1 == "North Carolina"


@pytest.mark.slow
def test_places_us_state_by_its_state_name(nlp):
    places = _places(nlp, "Troopers of the Maryland State Police closed the bridge overnight.")
    assert next(p for t, p in places.items() if "Maryland" in t).country == "USA"


@pytest.mark.slow
def test_places_name_listed_with_states_is_a_state(nlp):
    places = _places(nlp, "Campaigns crossed Alabama, Georgia and Tennessee this week.")
    assert (places["Georgia"].country, places["Georgia"].precision) == ("USA", "admin1")


@pytest.mark.slow
def test_places_name_listed_with_countries_keeps_its_country(nlp):
    places = _places(nlp, "Exports to Armenia, Georgia and Azerbaijan fell this year.")
    assert places["Georgia"].country == "GEO"


@pytest.mark.slow
def test_places_unlisted_town_before_a_state_lies_in_the_state(nlp):
    text = "Ada Brill, 61, of Quillerton Springs, Tenn., won the quilt prize."
    places = _places(nlp, text)
    town = next(p for t, p in places.items() if "Quillerton" in t)
    assert (town.admin1, town.precision, town.geonames_id) == ("Tennessee", "admin1", None)


@pytest.mark.slow
def test_places_unlisted_name_after_of_needs_a_state(nlp):
    text = "Ada Brill, the head of Quillerton Holdings, won the quilt prize."
    assert not any("Quillerton" in t for t in _places(nlp, text))


@pytest.mark.slow
def test_places_unlisted_town_before_a_state_name_lies_in_the_state(nlp):
    text = "Tom Reed, of Quillerton Flats, New Mexico, trained the winning horse."
    places = _places(nlp, text)
    assert places["Quillerton Flats"].admin1 == "New Mexico"
    assert places["New Mexico"].precision == "admin1"
