"""Acts located on their parties' own ground (`places.locate.own_ground`): an act of force
between parties of one country, one of them that state's own government or forces, in that
country (`parties`); a state harbouring people, in its territory (`home`). Only when the text
names no other scene."""

from __future__ import annotations

import pytest
from locate_helpers import located_events as _located

REBELS = ("Ogaden Liberation Front", "ETH", "REB")
ARMY = ("Ethiopian army", "ETH", "MIL")


@pytest.mark.slow
def test_rebels_attacking_their_own_states_army_are_placed_in_that_country(nlp):
    text = "The Ogaden Liberation Front ambushed Ethiopian army troops on Tuesday."
    located = _located(nlp, text, REBELS, ARMY)
    assert located.get("ambushed") == ("Ethiopia", "country", "parties"), located


@pytest.mark.slow
def test_attack_nouns_of_one_countrys_parties_are_placed_there(nlp):
    text = "The Ogaden Liberation Front's attacks on Ethiopian army posts rose sharply in May."
    located = _located(nlp, text, REBELS, ARMY)
    assert located.get("attacks") == ("Ethiopia", "country", "parties"), located


@pytest.mark.slow
def test_force_between_parties_of_two_countries_is_not_placed(nlp):
    text = "Somali militants ambushed Ethiopian army troops on Tuesday."
    located = _located(nlp, text, ("Somali militants", "SOM", "REB"), ARMY)
    assert "ambushed" in located and located["ambushed"] is None, located


@pytest.mark.slow
def test_force_without_a_state_party_is_not_placed(nlp):
    text = "The Ogaden Liberation Front ambushed Sidama Front fighters on Tuesday."
    located = _located(nlp, text, REBELS, ("Sidama Front", "ETH", "REB"))
    assert "ambushed" in located and located["ambushed"] is None, located


@pytest.mark.slow
def test_force_whose_sentence_names_another_country_is_not_placed(nlp):
    text = "The Ogaden Liberation Front, which fled to Kenya last year, ambushed Ethiopian army troops."
    located = _located(nlp, text, REBELS, ARMY)
    assert "ambushed" in located and located["ambushed"] is None, located


@pytest.mark.slow
def test_force_after_a_scene_abroad_in_the_paragraph_is_not_placed(nlp):
    text = (
        "Fighting broke out in Nairobi on Monday. "
        "The Ogaden Liberation Front ambushed Ethiopian army troops."
    )
    located = _located(nlp, text, REBELS, ARMY)
    assert "ambushed" in located and located["ambushed"] is None, located


@pytest.mark.slow
def test_force_of_one_country_keeps_its_sentences_own_place(nlp):
    text = "The Ogaden Liberation Front ambushed Ethiopian army troops near Jijiga."
    located = _located(nlp, text, REBELS, ARMY)
    assert located.get("ambushed") == ("Jijiga", "city", "sentence"), located


@pytest.mark.slow
def test_a_state_harbouring_people_is_placed_in_its_territory(nlp):
    text = "The Kenyan government has sheltered the rebel leaders for years."
    located = _located(nlp, text, ("Kenyan government", "KEN", "GOV"))
    assert located.get("sheltered") == ("Kenya", "country", "home"), located


@pytest.mark.slow
def test_harbouring_by_a_non_state_is_not_placed(nlp):
    text = "The militia has sheltered the rebel leaders for years."
    located = _located(nlp, text, ("militia", "KEN", "REB"))
    assert "sheltered" in located and located["sheltered"] is None, located
