"""Place names spaCy misses or mislabels, and resolution from the rest of the document."""

from __future__ import annotations

import pytest
from place_helpers import place_mentions as _places

from realpolitik.places import load_gazetteer


def _by_text(mentions):
    return {m.text: m.place for m in mentions}


def test_places_state_abbreviations_are_exact_case_only():
    gaz = load_gazetteer()
    assert gaz.lookup("Ill.")[0][0].name == "Illinois"
    assert gaz.lookup("GA")[0][0].name == "Georgia"
    # lower-case words are no abbreviation: "in" is not Indiana
    assert all(e.name != "Indiana" for e, _ in gaz.lookup("in"))


def test_places_prominent_names_are_countries_divisions_and_large_cities():
    gaz = load_gazetteer()
    assert gaz.is_prominent("Nigeria") and gaz.is_prominent("Ohio") and gaz.is_prominent("Lagos")
    assert gaz.is_prominent("U.S.")  # a country's other name
    assert not gaz.is_prominent("Coggeshall")  # a town of 4,000: only after a cue


@pytest.mark.slow
def test_places_city_before_state_abbreviation_is_in_that_state(nlp):
    places = _by_text(_places(nlp, "SPRINGFIELD, Ill. (AP) - Lawmakers met on Tuesday."))
    springfield = next(p for t, p in places.items() if t.upper() == "SPRINGFIELD")
    assert springfield.country == "USA" and springfield.admin1 == "Illinois"


@pytest.mark.slow
def test_places_city_before_state_name_is_in_that_state(nlp):
    text = "The mayor of Athens, Georgia, opened a new library downtown."
    athens = _by_text(_places(nlp, text))["Athens"]
    assert athens.country == "USA" and athens.admin1 == "Georgia"


@pytest.mark.slow
def test_places_one_reading_per_name_follows_the_paired_mention(nlp):
    text = (
        "Farmers gathered in Athens, Georgia, on Monday. "
        "Later that week the market in Athens reopened."
    )
    mentions = [m for m in _places(nlp, text) if m.text == "Athens"]
    assert len(mentions) == 2
    assert all(m.place.admin1 == "Georgia" for m in mentions)


@pytest.mark.slow
def test_places_small_town_after_a_place_preposition_is_found(nlp):
    text = "Traffic was backed up for hours near Coggeshall after the crash."
    place = _by_text(_places(nlp, text))["Coggeshall"]
    assert place.country == "GBR"


@pytest.mark.slow
def test_places_country_inside_an_organisation_name_is_found(nlp):
    text = "Elders thanked the Pakistan Army for rebuilding the road."
    place = _by_text(_places(nlp, text))["Pakistan"]
    assert place.precision == "country" and place.country == "PAK"


@pytest.mark.slow
def test_places_person_name_is_not_a_place_after_a_weak_cue(nlp):
    text = "She received a letter from Jack Nelson last week."
    assert "Nelson" not in {m.text for m in _places(nlp, text)}
    assert not [m for m in _places(nlp, text) if "Nelson" in m.text]


@pytest.mark.slow
def test_places_nearby_places_pull_a_homonym(nlp):
    # Bangor, Northern Ireland is larger than Bangor, Maine; Lewiston (Maine) is nearby.
    text = "Snow closed schools in Bangor, Lewiston and Augusta on Tuesday."
    place = _by_text(_places(nlp, text))["Bangor"]
    assert place.country == "USA" and place.admin1 == "Maine"


@pytest.mark.slow
def test_places_a_name_used_as_a_place_is_taken_again_inside_a_club_name(nlp):
    text = (
        "Flooding closed roads near Coggeshall on Monday. "
        "Members of the Coggeshall Rotary Club handed out sandbags."
    )
    mentions = [m for m in _places(nlp, text) if m.text == "Coggeshall"]
    assert len(mentions) == 2
    assert {m.place.country for m in mentions} == {"GBR"}


@pytest.mark.slow
def test_places_a_repeated_name_is_not_taken_where_the_text_uses_it_as_a_word(nlp):
    text = "They met in Reading on Friday. Reading the report took an hour, said a reading group."
    starts = [m.char_start for m in _places(nlp, text) if m.text == "Reading"]
    assert starts == [text.index("Reading")]


def test_places_us_counties_have_derived_points_and_their_state():
    gaz = load_gazetteer()
    readings = {e.admin1: e for e, _ in gaz.lookup("Kern County")}
    kern = readings["California"]
    assert kern.kind == "county" and kern.precision == "admin1" and kern.country == "USA"
    assert 34.5 < kern.lat < 36.0 and -120.0 < kern.lon < -117.5  # Bakersfield's county


def test_places_divisions_of_every_country_with_their_kind_word():
    gaz = load_gazetteer()
    kano = [e for e, _ in gaz.lookup("Kano State") if e.country == "NGA"]
    assert kano and kano[0].kind == "admin1" and 10.0 < kano[0].lat < 13.5
    assert all(e.name != "Northern" for e, _ in gaz.lookup("Northern"))  # position words: none
    # a derived division is never matched from its name alone
    assert not gaz.is_prominent("Kano State")


def test_places_demonyms_resolve_only_through_lookup_not_membership():
    gaz = load_gazetteer()
    assert gaz.lookup("Syrian")[0][0].country == "SYR"
    assert "Syrian" not in gaz  # context rules never take a demonym by itself


def test_places_territory_without_a_large_capital_is_placed():
    gaz = load_gazetteer()
    assert "GUM" in gaz.countries  # Guam: the median of its towns


@pytest.mark.slow
def test_places_county_name_is_the_county(nlp):
    text = "Deputies in Kern County searched the orchards near Bakersfield."
    place = _by_text(_places(nlp, text))["Kern County"]
    assert place.admin1 == "California" and place.precision == "admin1"


@pytest.mark.slow
def test_places_town_after_town_of_is_found(nlp):
    text = "The fire started in a barn outside the village of Tollesbury late on Sunday."
    assert _by_text(_places(nlp, text))["Tollesbury"].country == "GBR"


@pytest.mark.slow
def test_places_town_after_a_verb_of_motion_is_found(nlp):
    text = "After the war the family moved to Tiptree and opened a bakery."
    assert _by_text(_places(nlp, text))["Tiptree"].country == "GBR"


@pytest.mark.slow
def test_places_country_of_a_currency_is_found(nlp):
    text = "The port deal is worth 4 billion US dollars over ten years."
    assert _by_text(_places(nlp, text))["US"].country == "USA"


@pytest.mark.slow
def test_places_canadian_province_abbreviation_after_a_town(nlp):
    text = "KAMLOOPS, B.C. - Crews battled a wildfire north of the city on Monday."
    places = _by_text(_places(nlp, text))
    kamloops = next(p for t, p in places.items() if t.upper() == "KAMLOOPS")
    assert kamloops.country == "CAN" and kamloops.admin1 == "British Columbia"


@pytest.mark.slow
def test_places_a_list_of_places_is_no_city_state_pair(nlp):
    text = "The tour stops in Washington, New York and Chicago next month."
    washington = _by_text(_places(nlp, text))["Washington"]
    assert washington.admin1 == "District of Columbia"


@pytest.mark.slow
def test_places_demonym_before_a_place_noun_names_the_country(nlp):
    text = "Drones crossed into Turkish airspace twice on Sunday."
    assert _by_text(_places(nlp, text))["Turkish"].country == "TUR"


@pytest.mark.slow
def test_places_demonym_inside_an_organisation_name_names_the_country(nlp):
    text = "A spokesman for the Norwegian Refugee Council said the camp was full."
    assert _by_text(_places(nlp, text))["Norwegian"].country == "NOR"


@pytest.mark.slow
def test_places_prominent_name_inside_an_unknown_place_entity(nlp):
    text = "Supporters of Leeds United gathered outside the ground on Saturday."
    assert _by_text(_places(nlp, text))["Leeds"].country == "GBR"


@pytest.mark.slow
def test_places_town_before_a_word_for_its_people_is_a_place(nlp):
    places = _by_text(_places(nlp, "Angry Tiptree residents complained about the lorries."))
    assert places["Tiptree"].country == "GBR"


@pytest.mark.slow
def test_places_division_before_its_police_is_a_place(nlp):
    text = "The Kwara State Police Command said on Friday that two suspects were held."
    places = _by_text(_places(nlp, text))
    assert any(p.country == "NGA" for p in places.values()), places
