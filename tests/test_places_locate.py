"""Event locations from the sentence, the paragraph or the dateline (`places.locate`)."""

from __future__ import annotations

import pytest

from realpolitik.model import Document
from realpolitik.places import find_places, load_gazetteer
from realpolitik.places.locate import FALLBACK, place_index


def _index(nlp, text: str, sentence: int):
    sdoc = nlp(text)
    doc = Document(doc_id="t", source="t", text=text)
    places = find_places(doc, sdoc, load_gazetteer(), [])
    return place_index(list(sdoc.sents)[sentence], places)


@pytest.mark.slow
def test_locate_sentence_without_place_takes_the_paragraphs_location(nlp):
    text = "Protesters gathered in Lahore on Friday. Police fired tear gas at the crowd."
    index = _index(nlp, text, 1)
    assert index[FALLBACK].text == "Lahore"


@pytest.mark.slow
def test_locate_sentence_naming_a_place_gets_no_fallback(nlp):
    text = "Protesters gathered in Lahore on Friday. Police in Karachi fired tear gas."
    index = _index(nlp, text, 1)
    assert FALLBACK not in index
    assert {p.text for p in index.values()} == {"Karachi"}


@pytest.mark.slow
def test_locate_actor_country_is_no_location_for_the_next_sentence(nlp):
    text = "Pakistan said the talks had failed. Officials then left the meeting."
    assert FALLBACK not in _index(nlp, text, 1)


@pytest.mark.slow
def test_locate_fallback_stays_inside_the_paragraph(nlp):
    text = "Protesters gathered in Lahore on Friday.\nPolice fired tear gas at the crowd."
    assert FALLBACK not in _index(nlp, text, 1)


@pytest.mark.slow
def test_locate_dateline_is_the_fallback(nlp):
    text = "KABUL, Afghanistan (AP) - Officials said talks would resume.\nThey gave no date."
    index = _index(nlp, text, -1)
    assert index[FALLBACK].text.upper() == "KABUL"
