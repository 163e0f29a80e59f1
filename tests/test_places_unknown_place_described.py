"""A place no gazetteer knows, described in apposition by what it is and where it lies ("in
Dandabiri, a farming village in northern Nigeria"): the described country or division holds it,
as ", Nigeria" or "in Nigeria" right after the name already did (stop 55 lead, probes of our own:
such acts had no place at all). These sentences are others; the names are made up."""

from __future__ import annotations

import pytest
from event_helpers import event_on


@pytest.mark.slow
def test_a_school_burned_in_a_village_described_in_a_country_is_placed_in_that_country(analyse):
    text = "Gunmen burned a school in Dandabiri, a farming village in northern Nigeria, on Sunday."
    burned = event_on(analyse(text), "burned")
    assert burned.location is not None, burned
    assert (burned.location.name, burned.location.country) == ("Dandabiri", "NGA"), burned


@pytest.mark.slow
def test_a_market_raided_in_a_small_town_described_in_a_region_is_placed_in_its_country(analyse):
    text = "Soldiers raided a market in Qoryoley Bari, a small town in southern Somalia, last week."
    raided = event_on(analyse(text), "raided")
    assert raided.location is not None, raided
    assert raided.location.country == "SOM" and "Qoryoley" in raided.location.name, raided


@pytest.mark.slow
def test_a_described_village_with_no_place_named_after_it_stays_unplaced(analyse):
    text = "Gunmen burned a school in Dandabiri, a farming village, police said."
    burned = event_on(analyse(text), "burned")
    assert burned.location is None or burned.location.country is None, burned


@pytest.mark.slow
def test_a_known_town_described_in_apposition_keeps_its_own_reading(analyse):
    text = "Rebels shelled a camp in Goma, a city in eastern Congo, on Friday."
    shelled = event_on(analyse(text), "shelled")
    assert shelled.location is not None and shelled.location.name == "Goma", shelled
