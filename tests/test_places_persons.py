"""Eighth round: a name the document uses for a person is no place (a part of a full name, a
surname the text names in full, a name after a title or a relative's word); a list of facilities
gives none of them the next one's first word as its town; a dotted country abbreviation inside
an organisation's name is found ("the U.K. Border Force"); an unknown name "inside" or "into"
is a local place; a county holding a town the document names beats its namesakes;
a month after a facility is no town."""

from __future__ import annotations

import pytest
from place_helpers import place_mentions
from place_helpers import places_by_text as _places

from realpolitik.places.persons import person_cue_words


def _texts(nlp, text: str) -> list[str]:
    return [m.text for m in place_mentions(nlp, text)]


def test_person_cue_words_hold_titles_and_relatives():
    words = person_cue_words()
    assert words["mr"] == "title"
    assert words["daughters"] == "kin"
    assert set(words.values()) == {"title", "kin"}


@pytest.mark.slow
def test_places_first_name_of_a_full_name_is_no_town(nlp):
    # spaCy: "Austin Reyes" PERSON; "to" + a town of 10,000 took "Austin" before
    assert _texts(
        nlp, "The award went to Austin Reyes, who thanked the crowd at a dinner in Tucson."
    ) == ["Tucson"]


@pytest.mark.slow
def test_places_name_after_a_title_is_a_person_there_and_alone_later(nlp):
    text = (
        "Councilwoman Amelia Paris chaired the meeting in Tucson. Paris said the budget would pass."
    )
    assert _texts(nlp, text) == ["Tucson"]


@pytest.mark.slow
def test_places_surname_named_in_full_is_a_person_alone(nlp):
    text = "The report was written by Daniel Houston, an economist. Houston said prices would rise."
    assert _texts(nlp, text) == []


@pytest.mark.slow
def test_places_names_after_a_relatives_word_are_persons(nlp):
    text = (
        "She was joined by her husband and their daughters Savannah and Florence at the "
        "ceremony in Tucson."
    )
    assert _texts(nlp, text) == ["Tucson"]
    assert _texts(nlp, "He is survived by his wife, Georgia, and a brother in Tucson.") == [
        "Tucson"
    ]
    assert _texts(
        nlp, "The couple named their baby Phoenix; she was born in Tucson last week."
    ) == ["Tucson"]


@pytest.mark.slow
def test_places_town_name_before_a_school_stays_a_place_where_spacy_says_person(nlp):
    # spaCy may tag "Dalton High" a person: a town before its school is no full name
    places = _places(nlp, "Grace Ortiz, 16, of Dalton scored twice to lead Dalton High past Rome.")
    assert "Dalton" in places


@pytest.mark.slow
def test_places_facility_list_gives_no_town_from_the_next_facilitys_name(nlp):
    text = (
        "She was admitted to Oregon State University, Carolina Coastal University and two "
        "colleges in Ohio."
    )
    places = _places(nlp, text)
    # "Carolina" is a town in several states; the list's next name is no town of the first
    assert places["Oregon State University"].admin1 == "Oregon"


@pytest.mark.slow
def test_places_dotted_country_abbreviation_inside_an_organisation_is_found(nlp):
    assert "U.K." in _texts(nlp, "Officers of the U.K. Border Force seized the boat near Dover.")


@pytest.mark.slow
def test_places_unknown_name_inside_or_into_is_a_local_place(nlp):
    places = _places(nlp, "Supporters poured into Kestrelby after the derby in Bolton on Saturday.")
    assert places["Kestrelby"].country == "GBR"
    places = _places(nlp, "Stewards found flares inside Ravensholm before the match in Bolton.")
    assert places["Ravensholm"].country == "GBR"


@pytest.mark.slow
def test_places_county_holding_a_named_town_beats_a_larger_namesake(nlp):
    # Boston's Suffolk County lies within 200 km of Orient too; only New York's holds it
    places = _places(nlp, "Police in Orient said Suffolk County deputies closed the ferry road.")
    assert places["Suffolk County"].admin1 == "New York"


@pytest.mark.slow
def test_places_month_after_a_facility_is_no_town(nlp):
    places = _places(
        nlp, "Their launch at Tyler Bosworth in May drew a crowd before the concert in Eugene."
    )
    assert places["Tyler Bosworth"].admin1 == "Oregon"
