"""Eleventh round of event locations: a statement's object's place is not where it was said,
and a document that speaks is not the state it is named for. Every sentence is written for its
test."""

from __future__ import annotations

import pytest
from locate_helpers import located_events as _located


@pytest.mark.slow
def test_place_right_after_a_statements_object_is_the_objects_not_the_statements(nlp):
    # the parse hangs "in Harare" on "denounced", not on "authorities"
    text = "London denounced the authorities in Harare over the vote."
    located = _located(nlp, text, ("London", "GBR", None))
    assert located.get("denounced") is None, located


@pytest.mark.slow
def test_place_after_an_object_and_its_of_phrase_is_not_the_statements(nlp):
    # the parse hangs "in Qingdao" on "condemned"
    text = "Seoul condemned the arrests of sailors in Qingdao."
    located = _located(nlp, text, ("Seoul", "KOR", None))
    assert located.get("condemned") is None, located


@pytest.mark.slow
def test_place_between_a_statement_verb_and_its_clause_is_still_where_it_was_said(nlp):
    text = "The Peruvian foreign minister warned in Geneva that the talks had stalled."
    located = _located(nlp, text, ("Peruvian foreign minister", "PER", "GOV"))
    assert located.get("warned") == ("Geneva", "city", "sentence"), located


@pytest.mark.slow
def test_a_declaration_named_for_a_country_is_not_that_countrys_own_statement(nlp):
    text = "The Chile declaration calls for an end to the fishing dispute."
    located = _located(nlp, text, ("Chile", "CHL", None))
    assert located.get("calls") is None, located


@pytest.mark.slow
def test_a_state_named_by_its_capital_still_speaks_at_home(nlp):
    text = "Canberra welcomed the new fisheries agreement."
    located = _located(nlp, text, ("Canberra", "AUS", None))
    assert located.get("welcomed") == ("Australia", "country", "home"), located
