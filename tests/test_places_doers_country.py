"""A state's forces or officials acting in a text pull an ambiguous town to their country."""

from __future__ import annotations

import pytest

from realpolitik.actors import find_actors, load_kb
from realpolitik.model import Document
from realpolitik.places import find_places, load_gazetteer


def _countries(nlp, text: str) -> dict[str, str | None]:
    doc = Document(doc_id="t", source="t", text=text)
    sdoc = nlp(text)
    actors, _new = find_actors(doc, sdoc, load_kb())
    return {m.text: m.place.country for m in find_places(doc, sdoc, load_gazetteer(), actors)}


@pytest.mark.slow
def test_a_states_navy_pulls_its_namesake_port_home(nlp):
    text = "The Spanish navy escorted the damaged frigate back to Cartagena on Wednesday."
    assert _countries(nlp, text)["Cartagena"] == "ESP"


@pytest.mark.slow
def test_a_states_rangers_pull_hyderabad_to_sindh(nlp):
    text = "Pakistani paramilitary rangers detained four suspects in a night raid in Hyderabad."
    assert _countries(nlp, text)["Hyderabad"] == "PAK"


@pytest.mark.slow
def test_with_no_state_acting_the_larger_namesake_stays(nlp):
    text = "Four suspects were detained during a night raid in Hyderabad, a court heard."
    assert _countries(nlp, text)["Hyderabad"] == "IND"


@pytest.mark.slow
def test_a_persons_country_does_not_move_a_town(nlp):
    # a person's country (from the knowledge base) is no state acting: Cartagena stays Colombian
    text = "Joe Biden spent two days on holiday in Cartagena last week."
    assert _countries(nlp, text)["Cartagena"] == "COL"
