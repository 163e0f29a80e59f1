"""Wild ground named by the place it lies in ("in the hills of Rutshuru", "in the jungle of
Putumayo department", "in the forests of Ituri"): "of" after such a noun names a place, for the
recogniser (the tagger called the name a person or nothing, and it was no place) and for the
walk to the act's place (stop 54 lead, probes of our own: such acts had no place). These
sentences are others."""

from __future__ import annotations

import pytest
from event_helpers import event_on


@pytest.mark.slow
def test_a_camp_dismantled_in_the_hills_of_a_town_is_placed_there(analyse):
    text = "Police dismantled a militia camp in the hills of Rutshuru on Thursday."
    dismantled = event_on(analyse(text), "dismantled")
    assert dismantled.location is not None and dismantled.location.name == "Rutshuru", dismantled


@pytest.mark.slow
def test_a_patrol_ambushed_in_the_jungle_of_a_department_is_placed_there(analyse):
    text = "Guerrillas ambushed an army patrol in the jungle of Putumayo department overnight."
    ambushed = event_on(analyse(text), "ambushed")
    assert ambushed.location is not None and "Putumayo" in ambushed.location.name, ambushed
