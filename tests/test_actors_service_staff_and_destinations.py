"""State services' staff and goods on their way (stop 47, lead). Sentences written for the tests,
not the probes that showed the classes:

- "coastguards" in one word is a force, as "coast guards" is;
- customs, immigration and tax staff are civil servants (GOV), as the role index's "customs
  official", and in that index (`curated.yaml` role_words) a state's adjective before them joins
  them, as it joins "soldiers": the phrase was the bare state (`actors.recognize._widen_with_noun`);
- a state named as where goods or craft are bound is no home of the unnamed parties acting on
  them (`actors.recognize._bound_for`).
"""

from __future__ import annotations

import pytest

from realpolitik.model import Document
from realpolitik.pipeline import analyse_documents

pytestmark = pytest.mark.slow


def _mentions(text, resources):
    analysis = analyse_documents([Document("t", "t", raw=text, text=text)], resources)[0]
    return analysis.actor_mentions


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        ("Moroccan customs officers found 12 tonnes of cannabis in a lorry at Tanger Med.",
         "Moroccan customs officers", "MAR"),
        ("Zambian immigration officers turned back 40 Congolese traders at Kasumbalesa.",
         "Zambian immigration officers", "ZMB"),
        ("Egyptian tax inspectors raided the offices of a mobile phone importer.",
         "Egyptian tax inspectors", "EGY"),
    ],
)  # fmt: skip
def test_a_states_adjective_joins_a_civil_service_noun_the_role_index_lacks(
    resources, text, phrase, country
):
    mentions = _mentions(text, resources)
    party = next(m for m in mentions if m.text == phrase)
    assert party.country == country
    assert not any(m.text == phrase.split()[0] for m in mentions)


def test_customs_staff_are_civil_servants(resources):
    mentions = _mentions("Tunisian customs agents searched the ferry from Genoa.", resources)
    agents = next(m for m in mentions if m.text == "Tunisian customs agents")
    assert agents.sector == "GOV"


@pytest.mark.parametrize(
    ("text", "unnamed"),
    [
        ("Coast guards boarded a trawler loaded with migrants heading to Italy.", "Coast guards"),
        ("Soldiers stopped three lorries of maize destined for Zimbabwe.", "Soldiers"),
        ("Police in Mombasa seized ivory bound for Vietnam.", "Police"),
    ],
)  # fmt: skip
def test_the_state_goods_are_bound_for_is_not_the_actors_home(resources, text, unnamed):
    party = next(m for m in _mentions(text, resources) if m.text == unnamed)
    assert party.country is None


def test_a_state_named_otherwise_still_gives_its_country(resources):
    text = "Police in Nairobi seized ivory bound for Vietnam."
    police = next(m for m in _mentions(text, resources) if m.text == "Police")
    assert police.country == "KEN"



def test_coastguards_written_as_one_word_are_a_force(resources):
    mentions = _mentions("Two coastguards were injured when the boat capsized.", resources)
    assert [(m.text, m.sector) for m in mentions] == [("coastguards", "MIL")]
