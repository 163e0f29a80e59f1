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
