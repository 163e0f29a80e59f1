"""A state's name inside the name of another country's province or county ("Niger State" is
Nigeria's, "Lebanon County" is in the United States) is part of a place, not a party; a unit of
the state itself still tells its country. Lead, stop 59, probes of our own; these sentences are
others."""

from __future__ import annotations

import pytest
from actor_helpers import actors_in


def _countries(nlp, text: str) -> set[str | None]:
    mentions, _ = actors_in(nlp, text)
    return {m.country for m in mentions}


@pytest.mark.slow
def test_state_named_in_another_countrys_state_is_no_party(nlp):
    text = "Bandits stormed a mining camp in Niger State overnight, a local official said."
    assert "NER" not in _countries(nlp, text)


@pytest.mark.slow
def test_state_named_in_another_countrys_county_is_no_party(nlp):
    text = "Sheriff's deputies in Lebanon County arrested two men after a shooting at a farm."
    assert "LBN" not in _countries(nlp, text)


@pytest.mark.slow
def test_unit_of_the_state_itself_keeps_its_country(nlp):
    text = "Police in Mexico State arrested four suspects after an attack on a bus."
    assert "MEX" in _countries(nlp, text)


@pytest.mark.slow
def test_state_named_alone_beside_the_unit_stays_a_party(nlp):
    text = "Niger closed its border after bandits from Niger State raided two villages."
    assert "NER" in _countries(nlp, text)
