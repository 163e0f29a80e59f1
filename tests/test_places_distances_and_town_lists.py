"""Where an act happened when the text names it by its distance from a town ("some 25 km from
Djibo"), on a road named by its ends after "between", or in towns listed under a settlement noun
("in several towns, including ..."); such towns are no party, a capital among them no government.
A division named with its word ("in Plateau state") is the division the gazetteer names so. Stop
53 lead, probes of our own; these sentences are others."""

from __future__ import annotations

import pytest
from actor_helpers import actors_in
from locate_helpers import located_events
from place_helpers import place_countries


@pytest.mark.slow
def test_act_at_a_distance_from_a_town_is_placed_near_it(nlp):
    text = "Jihadists burned a school some 25 kilometres from Djibo on Tuesday."
    located = located_events(nlp, text, ("Jihadists", "BFA", "REB"))
    assert located["burned"] is not None and located["burned"][0] == "Djibo", located


@pytest.mark.slow
def test_distance_the_parser_hangs_on_the_verb_still_places_the_act(nlp):
    text = "A truck struck a landmine 12 km from Tessalit, the army said."
    located = located_events(nlp, text)
    assert located["struck"] is not None and located["struck"][0] == "Tessalit", located


@pytest.mark.slow
def test_town_at_a_distance_is_no_party(nlp):
    mentions, _ = actors_in(nlp, "Bandits abducted nine traders about 20 miles from Gusau.")
    assert "Gusau" not in {m.text for m in mentions}, mentions


@pytest.mark.slow
def test_from_with_no_distance_still_names_where_people_came_from(nlp):
    text = "Soldiers from Maroua arrested four smugglers on Friday."
    located = located_events(nlp, text, ("Soldiers", "CMR", "MIL"))
    assert located.get("arrested") is None or located["arrested"][0] != "Maroua", located


@pytest.mark.slow
def test_act_on_the_road_between_two_towns_is_at_the_first(nlp):
    text = "Gunmen ambushed a fuel tanker on the highway between Kano and Katsina."
    located = located_events(nlp, text, ("Gunmen", "NGA", "CRM"))
    assert located["ambushed"] is not None and located["ambushed"][0] == "Kano", located


@pytest.mark.slow
def test_capital_at_a_roads_end_is_no_government(nlp):
    mentions, _ = actors_in(nlp, "Truckers blocked the main road between Dakar and Thies.")
    assert "Dakar" not in {m.text for m in mentions}, mentions


@pytest.mark.slow
def test_capitals_between_parties_are_still_their_governments(nlp):
    mentions, _ = actors_in(nlp, "Talks between Kigali and Kinshasa broke down on Monday.")
    assert {"RWA", "COD"} <= {m.country for m in mentions}, mentions


@pytest.mark.slow
def test_act_in_towns_listed_after_including_is_in_the_first(nlp):
    text = "Police arrested dozens of protesters in several cities, including Bamako and Sikasso."
    located = located_events(nlp, text, ("Police", "MLI", "COP"))
    assert located["arrested"] is not None and located["arrested"][0] == "Bamako", located


@pytest.mark.slow
def test_towns_listed_after_including_are_no_parties(nlp):
    text = "Unrest spread to several towns, including Bunia and Mahagi, a local official said."
    mentions, _ = actors_in(nlp, text)
    assert not any("Bunia" in m.text or "Mahagi" in m.text for m in mentions), mentions


@pytest.mark.slow
def test_capital_listed_after_including_is_no_government(nlp):
    text = "Riot police fired tear gas at students in several cities, including Harare and Gweru."
    mentions, _ = actors_in(nlp, text)
    assert "Harare" not in {m.text for m in mentions}, mentions


@pytest.mark.slow
def test_states_listed_after_including_are_still_parties(nlp):
    text = "Sanctions were imposed by several states, including Canada and Japan."
    mentions, _ = actors_in(nlp, text)
    assert {"CAN", "JPN"} <= {m.country for m in mentions}, mentions


@pytest.mark.slow
def test_division_named_with_its_word_wins_over_a_namesake_division(nlp):
    # Benin's Plateau department outranks Nigeria's "Plateau State" by population alone
    found = place_countries(nlp, "Unknown attackers torched a church in Plateau state overnight.")
    assert found.get("Plateau") == "NGA", found


@pytest.mark.slow
def test_division_with_no_namesake_named_with_its_word_keeps_its_reading(nlp):
    found = place_countries(nlp, "Flooding displaced thousands in Sokoto state last week.")
    assert found.get("Sokoto") == "NGA", found
