"""A nationality on an armed group's noun ("Chadian gunmen", "Ecuadorian gangs", "Burundian
militias") names an armed group of that country, not the state itself nor its civilians: the
own list of group nouns (`generic_actors.yaml`, REB) outranks the role index, which lacks some
of these nouns (the state became the attacker) or reads others as civilians or clergy (stop 54
lead, probes of our own). These sentences are others."""

from __future__ import annotations

import pytest
from event_helpers import event_on


@pytest.mark.slow
def test_gunmen_named_by_nationality_are_an_armed_group_not_the_state(analyse):
    shot = event_on(analyse("Chadian gunmen shot dead three traders near Abeche on Monday."), "shot")
    assert [(m.country, m.sector) for m in shot.source] == [("TCD", "REB")], shot


@pytest.mark.slow
def test_gangs_named_by_nationality_are_an_armed_group_not_civilians(analyse):
    text = "Ecuadorian gangs attacked a prison in Guayaquil on Saturday."
    attacked = event_on(analyse(text), "attacked")
    assert [(m.country, m.sector) for m in attacked.source] == [("ECU", "REB")], attacked


@pytest.mark.slow
def test_police_and_soldiers_named_by_nationality_stay_state_forces(analyse):
    text = "Kenyan police and Ugandan soldiers detained 12 smugglers near Busia."
    detained = event_on(analyse(text), "detained")
    assert {(m.country, m.sector) for m in detained.source} == {("KEN", "COP"), ("UGA", "MIL")}
