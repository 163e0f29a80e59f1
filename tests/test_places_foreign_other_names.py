"""A name the gazetteer knows only as another name of a small town in a country the rest of the
document never names, where the rest names one country most, is a place of that country (read
at the country's precision), not the far namesake (`places.resolve._foreign_other_names`)."""

from __future__ import annotations

import pytest
from place_helpers import place_countries, places_by_text


@pytest.mark.slow
def test_places_village_the_gazetteer_lacks_lies_in_the_named_country(nlp):
    # GeoNames calls a Yemeni village "Tawila" too; the Darfur town is not in the gazetteer
    text = "Thousands of families fleeing the fighting reached the town of Tawila, aid workers in Sudan said."
    places = places_by_text(nlp, text)
    assert places["Tawila"].country == "SDN"
    assert places["Tawila"].precision == "country"


@pytest.mark.slow
def test_places_other_name_in_the_named_country_keeps_its_town(nlp):
    text = "Insurgents raided the town of Malam Fatori near Nigeria's border with Niger on Sunday."
    places = places_by_text(nlp, text)
    assert places["Malam Fatori"].country == "NGA"
    assert places["Malam Fatori"].precision != "country"


@pytest.mark.slow
def test_places_other_name_stays_when_the_text_names_no_country(nlp):
    # nothing says where the story is: the namesake reading is all there is
    text = "Fighting was reported near the town of Tawila on Monday."
    assert place_countries(nlp, text)["Tawila"] == "YEM"
