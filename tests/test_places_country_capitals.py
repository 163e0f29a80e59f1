"""An act in a capital named by its country's demonym or possessive ("in the Malian capital", "in
Niger's capital") happened in the capital's town, not in the whole country. Stop 52 lead, probes
of our own; these sentences are others."""

from __future__ import annotations

import pytest
from locate_helpers import located_events

from realpolitik.places import load_gazetteer


def test_gazetteer_knows_each_countrys_capital_town():
    capitals = load_gazetteer().capitals
    assert capitals["MLI"].name == "Bamako" and capitals["MLI"].precision == "city"
    assert capitals["NER"].name == "Niamey"


@pytest.mark.slow
def test_act_in_a_capital_named_by_its_demonym_is_in_the_capital(nlp):
    text = "Soldiers in the Malian capital arrested a former minister on Tuesday."
    located = located_events(nlp, text, ("Soldiers", "MLI", "MIL"))
    assert located["arrested"] is not None and located["arrested"][0] == "Bamako", located


@pytest.mark.slow
def test_act_in_a_capital_named_by_its_countrys_possessive_is_in_the_capital(nlp):
    text = "Hundreds of students rallied in Niger's capital against the junta."
    located = located_events(nlp, text)
    assert located["rallied"] is not None and located["rallied"][0] == "Niamey", located


@pytest.mark.slow
def test_capital_hosting_talks_by_its_demonym_is_where_they_were(nlp):
    text = "The Ethiopian capital hosted the talks between the two generals."
    located = located_events(nlp, text)
    assert located["hosted"] is not None and located["hosted"][0] == "Addis Ababa", located


@pytest.mark.slow
def test_border_named_by_a_demonym_is_not_the_capital(nlp):
    text = "Soldiers arrested smugglers near the Malian border on Tuesday."
    located = located_events(nlp, text, ("Soldiers", "NER", "MIL"))
    assert located["arrested"] is None or located["arrested"][0] != "Bamako", located
