"""Fifteenth round: a region named beside one of its own towns (spaCy often calls the region a
person), an upper-case dateline spaCy calls a person, a province's abbreviation whose full stop
spaCy splits off, and a city quarter named before its word ("the Wiehre district")."""

from __future__ import annotations

import pytest
from place_helpers import places_by_text


@pytest.mark.slow
def test_places_region_beside_its_own_town_is_the_region_and_settles_the_town(nlp):
    text = "Fishing boats stayed in Brest harbour on Monday while storms lashed Brittany."
    places = places_by_text(nlp, text)
    assert places["Brittany"].country == "FRA"
    assert places["Brest"].country == "FRA"  # not the larger Brest in Belarus


@pytest.mark.slow
def test_places_region_without_its_towns_is_left_to_the_other_rules(nlp):
    # a given name with no town of a region of that name in the text stays a person
    text = "Brittany told reporters on Monday that the shop in Leeds would close."
    assert "Brittany" not in places_by_text(nlp, text)


@pytest.mark.slow
def test_places_region_inside_a_full_name_is_no_region(nlp):
    text = "Galicia Ramos, a nurse from Vigo, said the ward was full."
    assert "Galicia" not in places_by_text(nlp, text)


@pytest.mark.slow
def test_places_upper_case_dateline_tagged_a_person_is_the_town(nlp):
    # (which San Sebastián is left to resolution: GeoNames calls the Basque city Donostia)
    text = "SAN SEBASTIAN — The film festival opened on Friday with a documentary."
    assert "SAN SEBASTIAN" in places_by_text(nlp, text)


@pytest.mark.slow
def test_places_upper_case_byline_is_no_place(nlp):
    text = "MARIA LOPEZ — The film festival opened on Friday with a documentary."
    assert "MARIA LOPEZ" not in places_by_text(nlp, text)


@pytest.mark.slow
def test_places_province_abbreviation_with_split_full_stop_is_the_province(nlp):
    text = "RED DEER, Alta. — A grain elevator burned down overnight, firefighters said."
    places = places_by_text(nlp, text)
    assert places["Alta."].country == "CAN"
    assert places["RED DEER"].country == "CAN"


@pytest.mark.slow
def test_places_quarter_before_its_word_lies_in_the_document_town(nlp):
    text = "Police in Lyon closed several streets in the Vaise quarter on Saturday."
    places = places_by_text(nlp, text)
    assert places["Vaise quarter"].country == "FRA"
    assert places["Vaise quarter"].lat == places["Lyon"].lat


@pytest.mark.slow
def test_places_division_before_district_stays_the_division(nlp):
    text = "Fighting spread to the Helmand district of Afghanistan on Tuesday."
    assert all("district" not in name for name in places_by_text(nlp, text))


@pytest.mark.slow
def test_places_small_town_tagged_a_person_near_the_story_town_is_taken(nlp):
    # Athenry (about 4,000 people) lies 25 km from Galway
    text = "GALWAY — A teenager from Athenry won the national spelling bee on Friday."
    assert places_by_text(nlp, text)["Athenry"].country == "IRL"


@pytest.mark.slow
def test_places_small_town_tagged_a_person_far_from_the_story_is_no_place(nlp):
    text = "HOUSTON — A teenager from Athenry won the national spelling bee on Friday."
    assert "Athenry" not in places_by_text(nlp, text)


@pytest.mark.slow
def test_places_headland_before_point_lies_in_the_document_town(nlp):
    text = "Rescuers in Hobart searched the water off Tinderbox Point overnight, police said."
    places = places_by_text(nlp, text)
    assert places["Tinderbox Point"].lat == places["Hobart"].lat


@pytest.mark.slow
def test_places_lower_case_point_is_no_place(nlp):
    text = "The talks reached a turning point on Monday in Boston."
    assert set(places_by_text(nlp, text)) == {"Boston"}


@pytest.mark.slow
def test_places_county_beside_its_own_town_is_the_county(nlp):
    text = "TRALEE — Farmers across Kerry lost sheds and fences in the storm, the council said."
    assert places_by_text(nlp, text)["Kerry"].country == "IRL"


@pytest.mark.slow
def test_places_county_name_far_from_the_text_towns_stays_a_person(nlp):
    text = "Kerry said in Boston on Monday that the talks would resume next week."
    assert "Kerry" not in places_by_text(nlp, text)
