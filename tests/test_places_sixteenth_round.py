"""Sixteenth round: the second town of a dateline shared by two ("EL PASO & LAS CRUCES —"),
which does not open its line, is read whole like the first; a US county whose name the ZIP-code
list writes without its accent ("Dona Ana County") is in the gazetteer."""

from __future__ import annotations

import pytest
from place_helpers import places_by_text


@pytest.mark.slow
def test_places_second_town_of_shared_dateline_is_read_whole(nlp):
    text = "EL PASO & LAS CRUCES — Water managers said on Tuesday the river would run dry by June."
    places = places_by_text(nlp, text)
    assert places["LAS CRUCES"].country == "USA"
    assert places["LAS CRUCES"].admin1 == "New Mexico"


@pytest.mark.slow
def test_places_second_town_of_dateline_joined_by_and_is_read_whole(nlp):
    text = "MINNEAPOLIS AND ST. PAUL — Snowplows worked through the night, city officials said."
    places = places_by_text(nlp, text)
    assert places["ST. PAUL"].admin1 == "Minnesota"


@pytest.mark.slow
def test_places_upper_case_words_after_a_lower_case_opening_are_no_dateline(nlp):
    # only an upper-case run before "&" makes a shared dateline
    text = "Shares of SMITH & WESSON — the gun maker — fell on Tuesday."
    assert "WESSON" not in places_by_text(nlp, text)


def test_gazetteer_holds_a_county_whose_zip_list_name_drops_its_accent():
    # the ZIP-code list writes "Dona Ana County"; the names list "Doña Ana County"
    from realpolitik.places.gazetteer import load_gazetteer

    readings = load_gazetteer().lookup("Doña Ana County")
    assert [(e.kind, e.admin1) for e, _ in readings] == [("county", "New Mexico")]


@pytest.mark.slow
def test_places_accented_county_is_the_county(nlp):
    text = "Deputies in Doña Ana County found the missing hikers near Hatch on Tuesday."
    places = places_by_text(nlp, text)
    assert places["Doña Ana County"].admin1 == "New Mexico"


def _town_called_a_person(nlp, text: str, town: str, story_town: str):
    """The neighbour-town spans of `text` when spaCy tags `town` a person and `story_town` is
    the name found so far (spaCy's own tags vary with the sentence)."""
    from spacy.tokens import Span as SpacySpan

    from realpolitik.places.gazetteer import load_gazetteer
    from realpolitik.places.recognize import Span, _neighbour_town_spans

    sdoc = nlp(text)
    i = next(t.i for t in sdoc if t.text == town)
    sdoc.ents = [SpacySpan(sdoc, i, i + 1, label="PERSON")]
    start = text.index(story_town)
    found = [Span(start, start + len(story_town), story_town, "ner")]
    return [s.text for s in _neighbour_town_spans(sdoc, load_gazetteer(), found)]


@pytest.mark.slow
def test_places_small_town_near_a_lesser_namesake_of_the_story_town_is_taken(nlp):
    # Orrington (Maine, 3,700 people) lies beside Bangor, Maine, not beside the larger Bangor in
    # Northern Ireland
    text = "A farmer from Orrington won first prize at the fair in Bangor on Saturday."
    assert _town_called_a_person(nlp, text, "Orrington", "Bangor") == ["Orrington"]


@pytest.mark.slow
def test_places_small_town_far_from_every_reading_of_the_story_town_is_no_place(nlp):
    text = "A farmer from Orrington won first prize at the fair in Dublin on Saturday."
    assert _town_called_a_person(nlp, text, "Orrington", "Dublin") == []


@pytest.mark.slow
def test_places_listed_names_a_sentence_calls_towns_are_neighbouring_towns(nlp):
    # Berlin and Gorham, New Hampshire, lie 10 km apart; not the German capital
    text = (
        "Plows cleared Route 16 between Berlin and Gorham overnight, and both towns opened "
        "warming shelters on Sunday."
    )
    places = places_by_text(nlp, text)
    assert places["Berlin"].admin1 == "New Hampshire"
    assert places["Gorham"].admin1 == "New Hampshire"


@pytest.mark.slow
def test_places_listed_towns_without_neighbouring_namesakes_keep_their_readings(nlp):
    text = "Officials in Lyon and Marseille said both towns would light their Christmas markets."
    places = places_by_text(nlp, text)
    assert places["Lyon"].country == "FRA"
    assert places["Marseille"].country == "FRA"


@pytest.mark.slow
def test_places_compass_name_of_a_far_little_known_place_is_a_quarter_of_the_story_town(nlp):
    # "West End" alone reads as a district of Anguilla, thousands of km from Cincinnati
    text = (
        "CINCINNATI — The city will repave Liberty Street this summer and add bike racks "
        "across the South West End, officials said."
    )
    places = places_by_text(nlp, text)
    assert places["South West End"].lat == places["CINCINNATI"].lat


@pytest.mark.slow
def test_places_compass_name_of_a_well_known_place_keeps_it(nlp):
    text = "DENVER — Flights to Northeast Philadelphia's airport were delayed on Friday."
    assert places_by_text(nlp, text)["Northeast Philadelphia"].admin1 == "Pennsylvania"
