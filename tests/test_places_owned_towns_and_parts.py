"""A town named after the possessive of the division or country it lies in ("Borno's Gwoza"), a
part of a town named by "neighbourhood of", and a division named by "department of" are the act's
place. Stop 52 lead, probes of our own; these sentences are others."""

from __future__ import annotations

import pytest
from locate_helpers import located_events
from place_helpers import place_countries


@pytest.mark.slow
def test_town_after_its_divisions_possessive_is_the_acts_place(nlp):
    text = "Militants killed four soldiers in Borno's Gwoza overnight."
    located = located_events(nlp, text, ("Militants", "NGA", "REB"))
    assert located["killed"] is not None and located["killed"][0] == "Gwoza", located


@pytest.mark.slow
def test_town_after_a_provinces_possessive_is_a_place(nlp):
    found = place_countries(nlp, "Gunmen shot dead an imam in North Kivu's Lubero.")
    assert found.get("Lubero") == "COD", found


@pytest.mark.slow
def test_person_after_a_countrys_possessive_is_no_place(nlp):
    found = place_countries(nlp, "Police questioned Kenya's Odinga in Nairobi on Monday.")
    assert "Odinga" not in found, found


@pytest.mark.slow
def test_act_in_a_neighbourhood_of_a_town_is_in_the_town(nlp):
    text = "A rocket landed in a crowded neighbourhood of Khartoum, wounding three women."
    located = located_events(nlp, text)
    assert located["wounding"] is not None and located["wounding"][0] == "Khartoum", located


@pytest.mark.slow
def test_division_named_by_department_of_is_the_acts_place(nlp):
    text = "Colombian soldiers detained 12 Venezuelan nationals in the border department of Arauca."
    located = located_events(nlp, text, ("Colombian soldiers", "COL", "MIL"))
    assert located["detained"] is not None and located["detained"][0] == "Arauca", located
