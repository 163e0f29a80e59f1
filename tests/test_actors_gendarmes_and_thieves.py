"""Gendarmes (a state's police under military status) and thieves are parties: the role index
had neither "gendarme" nor "gendarmerie", and "thieves" did not fold to "thief". Lead, stop 60,
probe sentences of our own; these sentences are others."""

from __future__ import annotations

import pytest
from actor_helpers import actors_in, by_text


@pytest.mark.slow
def test_gendarmes_are_police(nlp):
    mentions, _ = actors_in(nlp, "Gendarmes detained two cattle traders at a market in Maroua.")
    assert by_text(mentions, "Gendarmes").sector == "COP"


@pytest.mark.slow
def test_a_states_gendarmerie_is_its_police(nlp):
    mentions, _ = actors_in(nlp, "The Nigerien gendarmerie said it had freed three hostages.")
    m = [m for m in mentions if "gendarmerie" in m.text][0]
    assert (m.country, m.sector) == ("NER", "COP")


@pytest.mark.slow
def test_thieves_are_a_party(nlp):
    mentions, _ = actors_in(nlp, "Armed thieves raided a bank in Bouake on Thursday.")
    assert any(m.text.endswith("thieves") for m in mentions)


@pytest.mark.slow
def test_detectives_still_read_as_police(nlp):
    mentions, _ = actors_in(nlp, "Detectives questioned the two suspects in Abidjan.")
    assert by_text(mentions, "Detectives").sector == "COP"
