"""Acts located on their parties' own ground (`places.locate.own_ground`): an act of force
between parties of one country, one of them that state's own government or forces, in that
country (`parties`); a state harbouring people, in its territory (`home`). Only when the text
names no other scene."""

from __future__ import annotations

import pytest
from event_helpers import event_on, events_with_actors
from locate_helpers import located_events as _located

from realpolitik.fusion.compat import place_rank
from realpolitik.model import Place

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


@pytest.mark.slow
def test_a_generic_party_lends_no_country_to_the_act(nlp):
    text = "The Ethiopian army captured and killed several bandits on Tuesday."
    events = events_with_actors(nlp, text, ARMY, ("bandits", "ETH", None, "generic+context"))
    assert event_on(events, "killed").location is None


@pytest.mark.slow
def test_a_named_party_of_the_same_country_still_counts(nlp):
    text = "The Ethiopian army captured and killed several Sidama Front fighters on Tuesday."
    events = events_with_actors(nlp, text, ARMY, ("Sidama Front", "ETH", "REB", "kb"))
    location = event_on(events, "killed").location
    assert location is not None and (location.name, location.basis) == ("Ethiopia", "parties")


def test_a_cluster_keeps_the_place_its_words_give_over_an_inferred_country():
    sea = Place("Gulf of Aden", None, 12.0, 48.0, None, "region", basis="sentence")
    home = Place("India", "IND", 21.0, 78.0, 1269750, "country", basis="parties")
    town = Place("Jijiga", "ETH", 9.35, 42.8, 333795, "city", basis="home")
    assert place_rank(sea) < place_rank(home)
    assert place_rank(town) < place_rank(home)


@pytest.mark.slow
def test_a_participle_clause_puts_the_speaker_where_it_says(nlp):
    text = (
        "Addressing a rally in Nairobi, the Ethiopian prime minister accused Eritrea of meddling."
    )
    located = _located(
        nlp, text, ("Ethiopian prime minister", "ETH", "GOV"), ("Eritrea", "ERI", None)
    )
    assert located.get("accused") == ("Nairobi", "city", "sentence"), located


@pytest.mark.slow
def test_a_statement_on_the_way_back_from_abroad_is_not_put_at_home(nlp):
    text = "Returning from a conference in Cairo, the Ethiopian prime minister accused Eritrea of meddling."
    located = _located(
        nlp, text, ("Ethiopian prime minister", "ETH", "GOV"), ("Eritrea", "ERI", None)
    )
    assert "accused" in located and located["accused"] is None, located


@pytest.mark.slow
def test_a_countrys_adjective_on_a_border_is_not_the_place(nlp):
    text = "Ogaden Liberation Front fighters raided a camp near the Somali border."
    located = _located(nlp, text, REBELS)
    assert "raided" in located and located["raided"] is None, located


@pytest.mark.slow
def test_the_town_of_a_name_is_that_town(nlp):
    text = "Ogaden Liberation Front fighters raided the town of Jijiga on Sunday."
    located = _located(nlp, text, REBELS)
    assert located.get("raided") == ("Jijiga", "city", "sentence"), located


@pytest.mark.slow
def test_a_place_verb_done_again_takes_its_place_object(nlp):
    text = "Ethiopian army troops recaptured Jijiga on Sunday."
    located = _located(nlp, text, ARMY)
    assert located.get("recaptured") == ("Jijiga", "city", "sentence"), located


@pytest.mark.slow
def test_a_police_statement_is_a_states_statement(nlp):
    text = "The Ethiopian police accused the rebels of planting bombs."
    located = _located(nlp, text, ("Ethiopian police", "ETH", "COP"))
    assert located.get("accused") == ("Ethiopia", "country", "home"), located


@pytest.mark.slow
def test_a_past_participle_clause_tells_no_place_of_the_act(nlp):
    text = "Born in Nairobi, the Ethiopian prime minister accused Eritrea of meddling."
    located = _located(
        nlp, text, ("Ethiopian prime minister", "ETH", "GOV"), ("Eritrea", "ERI", None)
    )
    assert located.get("accused") != ("Nairobi", "city", "sentence"), located
