"""Local news, fifth round: plural counties, compass parts of towns, abbreviated datelines,
"residents of X", ", of X,", names "in <town>", small US towns, American texts abroad."""

from __future__ import annotations

import pytest
from place_helpers import places_by_text as _places


@pytest.mark.slow
def test_places_names_before_plural_counties_are_counties(nlp):
    text = "Libraries in Chester and Delaware counties will close early on Friday."
    places = _places(nlp, text)
    assert places["Chester"].name == "Chester County"
    assert places["Delaware"].name == "Delaware County"
    assert places["Delaware"].admin1 == places["Chester"].admin1 == "Pennsylvania"


@pytest.mark.slow
def test_places_lower_case_plural_after_a_non_county_is_nothing(nlp):
    # no "Smith County" in Nevada's list... any reading must be a county of that name
    places = _places(nlp, "Lawyers for both counties met in Reno on Monday.")
    assert set(places) == {"Reno"}


@pytest.mark.slow
def test_places_compass_part_of_a_town_is_placed_at_the_town(nlp):
    places = _places(nlp, "Flooding closed two schools in Southwest Detroit on Thursday.")
    assert places["Southwest Detroit"].name == "Detroit"
    assert places["Southwest Detroit"].admin1 == "Michigan"


@pytest.mark.slow
def test_places_upper_case_abbreviated_dateline_is_one_name(nlp):
    places = _places(nlp, "MT. VERNON, Ohio — The city council met on Monday night.")
    assert "MT. VERNON" in places
    assert places["MT. VERNON"].admin1 == "Ohio"


@pytest.mark.slow
def test_places_abbreviated_town_name_is_looked_up_spelled_out(nlp):
    places = _places(nlp, "A Pt. Pleasant man was charged with theft, police said.")
    assert places["Pt. Pleasant"].name == "Point Pleasant"


@pytest.mark.slow
def test_places_entity_started_one_word_late_takes_the_word(nlp):
    # spaCy's entity is "Myers" alone
    places = _places(nlp, "Heavy rain flooded streets in Ft. Myers on Tuesday.")
    assert places["Ft. Myers"].admin1 == "Florida"


@pytest.mark.slow
def test_places_person_of_town_in_apposition_is_the_town(nlp):
    places = _places(nlp, "Maria Lopez, 38, of Wheaton, was charged with reckless driving.")
    assert "Wheaton" in places


@pytest.mark.slow
def test_places_residents_of_a_town_name_the_town(nlp):
    places = _places(nlp, "The mayor of Paramus and residents of Teaneck opposed the plan.")
    assert places["Teaneck"].admin1 == "New Jersey"


@pytest.mark.slow
def test_places_little_known_name_in_a_town_lies_in_that_town(nlp):
    # "Bella" (small towns elsewhere) is a shop here: it is placed in the town written after it
    text = "Volunteers served dinner at Bella's Kitchen in Scranton on Sunday."
    places = _places(nlp, text)
    scranton = places["Scranton"]
    for name, place in places.items():
        if name != "Scranton":
            assert abs(place.lat - scranton.lat) < 1 and abs(place.lon - scranton.lon) < 1


@pytest.mark.slow
def test_places_well_known_name_before_in_keeps_its_reading(nlp):
    places = _places(nlp, "Diplomats debated the influence of Moscow in Damascus this week.")
    assert places["Moscow"].country == "RUS"


@pytest.mark.slow
def test_places_us_town_of_under_a_thousand_people_is_found(nlp):
    # Sugar Grove, Virginia (GeoNames cities500, fewer than 1,000 people)
    places = _places(nlp, "The fire started in a barn outside Sugar Grove, Va., on Monday.")
    assert places["Sugar Grove"].admin1 == "Virginia"


@pytest.mark.slow
def test_places_american_text_about_england_keeps_english_towns(nlp):
    text = (
        "The color guard marched through London on Saturday, and the team traveled on to "
        "Manchester in England, where neighbors gathered to watch."
    )
    assert _places(nlp, text)["Manchester"].country == "GBR"


@pytest.mark.slow
def test_places_street_in_an_unincorporated_county_lies_in_the_county(nlp):
    text = "Deputies were called to a home on Cedar Ridge Road in unincorporated Pasco County."
    places = _places(nlp, text)
    assert places["Cedar Ridge Road"].admin1 == "Florida"
    assert places["Cedar Ridge Road"].lat == places["Pasco County"].lat


@pytest.mark.slow
def test_places_neighbouring_towns_between_are_places_though_tagged_persons(nlp):
    # spaCy calls both towns persons; they lie a few km apart
    places = _places(nlp, "Queues formed between Lavenham and Long Melford on Friday.")
    assert places["Lavenham"].country == places["Long Melford"].country == "GBR"


@pytest.mark.slow
def test_places_far_apart_names_between_stay_persons(nlp):
    # "Taylor" names only towns an ocean away from Lavenham: two people
    assert _places(nlp, "The argument between Lavenham and Taylor ended.") == {}


@pytest.mark.slow
def test_places_street_before_a_day_is_still_a_street(nlp):
    places = _places(nlp, "Officers in Toledo stopped the car on 9th St. Saturday morning.")
    assert places["9th St."].admin1 == "Ohio"
