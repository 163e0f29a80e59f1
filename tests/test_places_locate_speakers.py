"""Tenth round of event locations: a statement where its speaker is said to be ("the minister in
Geneva warned"), a declaration's words where it was issued, and "X state" read as the division.
Every sentence is written for its test."""

from __future__ import annotations

import pytest
from locate_helpers import located_events as _located
from place_helpers import place_mentions as _places


@pytest.mark.slow
def test_statement_of_a_speaker_said_to_be_in_a_town_is_there(nlp):
    text = "The Nigerian foreign minister in Geneva warned that the ceasefire was collapsing."
    located = _located(nlp, text, ("Nigerian foreign minister", "NGA", "GOV"))
    assert located.get("warned") == ("Geneva", "city", "sentence"), located


@pytest.mark.slow
def test_speaker_at_a_forum_named_for_a_town_is_in_that_town(nlp):
    text = "The Chadian defence minister at the Dakar forum openly warned that rebels were rearming."
    located = _located(nlp, text, ("Chadian defence minister", "TCD", "GOV"))
    assert located.get("warned") == ("Dakar", "city", "sentence"), located


@pytest.mark.slow
def test_second_verb_of_saying_hung_on_the_reported_clause_is_where_the_speaker_is(nlp):
    # the parse makes "warned" a conjunct of "failed", the reported clause of "said"
    text = (
        "The Nigerian foreign minister in Geneva said the talks had failed and warned that "
        "the army would act."
    )
    located = _located(nlp, text, ("Nigerian foreign minister", "NGA", "GOV"))
    assert located.get("warned") == ("Geneva", "city", "sentence"), located


@pytest.mark.slow
def test_town_a_speaker_comes_from_is_not_where_the_statement_was_made(nlp):
    text = "A Ghanaian cocoa farmer from Kumasi complained that prices had fallen again."
    located = _located(nlp, text, ("cocoa farmer", "GHA", "AGR"))
    assert located.get("complained") is None, located


@pytest.mark.slow
def test_the_declarations_words_are_in_the_town_of_the_declaration_named_before(nlp):
    text = (
        "The five leaders adopted the Tashkent Declaration in May. "
        "The joint declaration urges closer trade ties between the five states."
    )
    located = _located(nlp, text)
    assert located.get("urges") == ("Tashkent", "city", "paragraph"), located


@pytest.mark.slow
def test_a_declaration_named_for_a_town_speaks_from_that_town(nlp):
    text = "The Tashkent Declaration urges closer trade ties between the five states."
    located = _located(nlp, text)
    assert located.get("urges") == ("Tashkent", "city", "sentence"), located


@pytest.mark.slow
def test_a_new_declaration_is_not_the_one_named_before(nlp):
    text = (
        "The five leaders adopted the Tashkent Declaration in May. "
        "A new declaration urges closer trade ties between the five states."
    )
    located = _located(nlp, text)
    assert "urges" in located and located["urges"] is None, located


@pytest.mark.slow
def test_a_name_called_a_state_is_the_division_not_its_town(nlp):
    text = "Bandits abducted twelve farmers near a village in Katsina state."
    (mention,) = [m for m in _places(nlp, text) if m.text.startswith("Katsina")]
    assert (mention.place.name, mention.place.precision) == ("Katsina State", "admin1")


@pytest.mark.slow
def test_a_name_called_a_province_is_the_division(nlp):
    text = "Gunmen attacked a police post in Kunduz province overnight."
    (mention,) = [m for m in _places(nlp, text) if m.text.startswith("Kunduz")]
    assert mention.place.precision == "admin1" and mention.place.country == "AFG"


@pytest.mark.slow
def test_the_same_name_without_the_word_stays_the_town(nlp):
    text = "Bandits abducted twelve farmers near a market in Katsina."
    (mention,) = [m for m in _places(nlp, text) if m.text.startswith("Katsina")]
    assert (mention.place.name, mention.place.precision) == ("Katsina", "city")


@pytest.mark.slow
def test_a_country_before_state_is_the_country_not_a_division(nlp):
    text = "The Mexico state oil company cut its output in Tabasco."
    (mention,) = [m for m in _places(nlp, text) if m.text.startswith("Mexico")]
    assert (mention.place.name, mention.place.precision) == ("Mexico", "country")


@pytest.mark.slow
def test_statement_of_a_speaker_said_to_be_abroad_is_there_not_unlocated(nlp):
    text = "The Kenyan president in Addis Ababa openly criticised the trade ban."
    located = _located(nlp, text, ("Kenyan president", "KEN", "GOV"))
    assert located.get("criticised") == ("Addis Ababa", "city", "sentence"), located
