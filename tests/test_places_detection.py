"""Place names spaCy misses or mislabels, and resolution from the rest of the document."""

from __future__ import annotations

import pytest

from realpolitik.model import Document
from realpolitik.places import find_places, load_gazetteer


def _places(nlp, text: str):
    doc = Document(doc_id="t", source="t", text=text)
    return find_places(doc, nlp(text), load_gazetteer(), [])


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
