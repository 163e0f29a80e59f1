"""A place's name that is only part of a longer word or name is no place: a lower-case facility
word opening a hyphened compound ("quarter-final"), a small town's possessive opening a firm's
name ("at Moody's Analytics"), a name glued to a lower-case noun ("Newton-meters")."""

from __future__ import annotations

from place_helpers import places_by_text


def test_places_lower_case_facility_word_opening_a_hyphened_compound_names_no_place(nlp):
    places = places_by_text(
        nlp, "Supporters clashed with police before the Copa Libertadores quarter-final in Lima."
    )
    assert not any("quarter" in text for text in places)
    assert places["Lima"].country == "PER"


def test_places_capitalised_facility_word_before_a_hyphen_still_ends_a_name(nlp):
    places = places_by_text(nlp, "A Bagram Airfield-based squadron flew the sorties.")
    assert any("Bagram" in text for text in places)


def test_places_small_towns_possessive_opening_a_firms_name_is_no_place(nlp):
    places = places_by_text(
        nlp, "Economists at Moody's Investors Service expect the Texas economy to slow."
    )
    assert not any(text.startswith("Moody") for text in places)


def test_places_sizeable_towns_possessive_before_a_venue_is_still_the_town(nlp):
    places = places_by_text(nlp, "The band played at Dewsbury's Empire Hall on Saturday.")
    assert any(text.startswith("Dewsbury") and p.country == "GBR" for text, p in places.items())


def test_places_name_glued_to_a_lower_case_noun_is_no_place(nlp):
    places = places_by_text(nlp, "The motor delivers 500 Newton-metres of torque at low speed.")
    assert not any(text.startswith("Newton") for text in places)


def test_places_name_glued_to_a_participle_is_still_the_place(nlp):
    places = places_by_text(nlp, "The Kabul-based broadcaster aired the interview on Sunday.")
    assert places["Kabul"].country == "AFG"
