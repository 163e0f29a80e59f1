"""An attack told by a light verb and its noun ("carried out an attack on an army post near X",
"launched an assault on a base near X"): what the attack was "on" is hit where its own place
phrase says, and so is the act; the walk's depth ran out at the site (stop 54 lead, probes of
our own: such acts had no place). These sentences are others."""

from __future__ import annotations

import pytest
from event_helpers import event_holding


@pytest.mark.slow
def test_a_raid_carried_out_on_an_army_camp_near_a_town_is_placed_there(analyse):
    # the camp's army is the target, so the town was not read as the place acted on either
    text = "Insurgents carried out a raid on an army camp near Damboa at dawn."
    raid = event_holding(analyse(text), "raid")
    assert raid.location is not None and raid.location.name == "Damboa", raid


@pytest.mark.slow
def test_an_offensive_launched_on_positions_near_a_town_is_placed_there(analyse):
    text = "The army launched an offensive on rebel positions near Bossangoa at dawn."
    offensive = event_holding(analyse(text), "offensive")
    assert offensive.location is not None and offensive.location.name == "Bossangoa", offensive


@pytest.mark.slow
def test_a_condemnation_of_an_attack_on_a_post_near_a_town_is_not_placed_there(analyse):
    # a statement is made where its speaker is, not where the act it judges happened
    text = "Kenya condemned an attack on a police post near Garissa on Monday."
    condemned = event_holding(analyse(text), "condemned")
    assert condemned.location is None or condemned.location.name != "Garissa", condemned
