"""Where a fight "for control of" a town was, and an act at a site a capital owns ("in Nairobi's
Eastleigh neighbourhood", "near Mogadishu's seaport"): the town is the place, and no party; the
capital there is no government. Stop 53 lead, probes of our own; these sentences are others."""

from __future__ import annotations

import pytest
from actor_helpers import actors_in
from locate_helpers import located_events


@pytest.mark.slow
def test_fight_for_control_of_a_town_is_placed_there(nlp):
    text = "Government troops and jihadists fought for control of Djibo for two days."
    located = located_events(nlp, text, ("Government troops", "BFA", "MIL"))
    assert located["fought"] is not None and located["fought"][0] == "Djibo", located


@pytest.mark.slow
def test_town_fought_for_is_no_party(nlp):
    text = "Militias battled for control of Kidal on Saturday, residents said."
    mentions, _ = actors_in(nlp, text)
    assert "Kidal" not in {m.text for m in mentions}, mentions


@pytest.mark.slow
def test_capitals_site_after_a_locative_names_no_government(nlp):
    text = "A grenade exploded in Nairobi's Eastleigh neighbourhood on Friday, police said."
    mentions, _ = actors_in(nlp, text)
    assert "Nairobi" not in {m.text for m in mentions}, mentions


@pytest.mark.slow
def test_act_near_a_capitals_site_is_placed_in_the_capital(nlp):
    text = "Two mortar rounds fell near Mogadishu's seaport, witnesses said."
    located = located_events(nlp, text)
    assert located["fell"] is not None and located["fell"][0] == "Mogadishu", located


@pytest.mark.slow
def test_capitals_site_struck_still_names_its_state(nlp):
    mentions, _ = actors_in(nlp, "Drones struck Kyiv's Darnytsia district before dawn.")
    assert "UKR" in {m.country for m in mentions}, mentions


@pytest.mark.slow
def test_capitals_own_decision_is_still_its_government(nlp):
    mentions, _ = actors_in(nlp, "Nairobi's decision angered Mogadishu, diplomats said.")
    assert "KEN" in {m.country for m in mentions}, mentions
