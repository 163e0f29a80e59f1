"""Ninth round: Australian state abbreviations; an abbreviation two countries' divisions share
("WA": Washington and Western Australia) is read by the document's other places; a well-known
place and a colon opening the text is a dateline."""

from __future__ import annotations

import pytest
from place_helpers import place_mentions, places_by_text

from realpolitik.places import load_gazetteer


def test_places_australian_state_codes_are_abbreviations():
    gaz = load_gazetteer()
    assert [e.name for e, _ in gaz.lookup("QLD")] == ["Queensland"]
    assert [e.name for e, _ in gaz.lookup("Tas.")] == ["Tasmania"]
    # a town's own name is no abbreviation: only the upper-case code is Victoria
    assert all(e.name != "Victoria" for e, _ in gaz.lookup("Vic"))


def test_places_shared_abbreviation_offers_both_divisions():
    names = {(e.name, e.country) for e, _ in load_gazetteer().lookup("WA")}
    assert names == {("Washington", "USA"), ("Western Australia", "AUS")}


@pytest.mark.slow
def test_places_wa_in_an_australian_text_is_western_australia(nlp):
    text = (
        "Bushfire crews from Bunbury and Busselton were sent north overnight. "
        "Fire danger in WA will stay severe until Friday, the bureau said."
    )
    place = places_by_text(nlp, text)["WA"]
    assert (place.name, place.country) == ("Western Australia", "AUS")


@pytest.mark.slow
def test_places_wa_after_an_american_town_stays_washington(nlp):
    text = "Ferry service between Bremerton, WA and Seattle resumed on Monday after repairs."
    place = places_by_text(nlp, text)["WA"]
    assert (place.name, place.country) == ("Washington", "USA")


@pytest.mark.slow
def test_places_town_and_colon_opening_the_text_is_a_dateline(nlp):
    # spaCy tags "Sohar" a person here; a dateline the South Asian and Gulf way
    text = "Sohar: The authorities announced new rules for traders on Tuesday."
    assert places_by_text(nlp, text)["Sohar"].country == "OMN"


@pytest.mark.slow
def test_places_town_and_colon_later_in_the_text_is_no_dateline(nlp):
    # the same words after a first sentence: only the text's opening words are a dateline
    text = "Prices rose again.\nSohar: The authorities announced new rules for traders."
    assert "Sohar" not in places_by_text(nlp, text)


@pytest.mark.slow
def test_places_town_repeated_where_spacy_tags_a_person_is_the_town(nlp):
    # spaCy: the first "Nelson" GPE, the second (before "clinic") PERSON
    text = (
        "A new clinic opened in Nelson, British Columbia, last week. Instead of driving to "
        "Trail, patients can visit the Nelson clinic."
    )
    starts = [m.char_start for m in place_mentions(nlp, text) if m.text == "Nelson"]
    assert starts == [text.index("Nelson"), text.rindex("Nelson")]
