"""Seventh round: a name whose chosen reading lies continents away from another name's town,
while it has a town reading next to that town, is the neighbouring town; a building named for a
town far from every town of the document lies in the document's town; a town is found before its
school, firefighters or voters ("Petal High")."""

from __future__ import annotations

import pytest
from place_helpers import places_by_text as _places


@pytest.mark.slow
def test_places_name_next_to_another_names_town_is_that_neighbour(nlp):
    places = _places(
        nlp, "A student who lives in Pullman was arrested in Moscow early Sunday after a fight outside a bar."
    )
    assert places["Pullman"].admin1 == "Washington"
    assert places["Moscow"].country == "USA"
    assert places["Moscow"].admin1 == "Idaho"


@pytest.mark.slow
def test_places_name_keeps_its_reading_when_another_name_shares_its_country(nlp):
    places = _places(
        nlp, "Flights between Moscow, Kazan and Pullman resumed on Monday after the storm."
    )
    assert places["Moscow"].country == "RUS"


@pytest.mark.slow
def test_places_country_names_stay_countries_beside_same_named_towns(nlp):
    places = _places(nlp, "Trade between Peru and Mexico grew last year, officials in Lima said.")
    assert places["Peru"].country == "PER"
    assert places["Mexico"].country == "MEX"


@pytest.mark.slow
def test_places_building_named_for_a_far_town_lies_in_the_documents_town(nlp):
    places = _places(
        nlp,
        "FARGO, N.D. — The Chicago Avenue Bridge over the Red River will close for repairs in "
        "May, Fargo engineers said.",
    )
    assert places["Chicago Avenue Bridge"].admin1 == "North Dakota"
    places = _places(
        nlp, "TULSA, Okla. — Fans packed Dallas Stadium on Friday night for the season opener."
    )
    assert places["Dallas Stadium"].admin1 == "Oklahoma"


@pytest.mark.slow
def test_places_building_named_for_a_far_state_keeps_the_state(nlp):
    places = _places(
        nlp, "MIAMI — Doctors from the University of California joined Miami surgeons on Monday."
    )
    assert places["University of California"].admin1 == "California"


@pytest.mark.slow
def test_places_small_towns_other_name_far_from_the_document_is_its_neighbourhood(nlp):
    # GeoNames lists "Buckhead" as another name of Sweet Home, Oregon
    places = _places(nlp, "Atlanta officers added patrols in Buckhead after a string of car thefts.")
    assert places["Buckhead"].admin1 == "Georgia"


@pytest.mark.slow
def test_places_town_before_its_school_or_voters_is_found(nlp):
    places = _places(
        nlp, "Petal High won its third straight game on Friday, and Purvis voters approved a school bond."
    )
    assert places["Petal"].admin1 == "Mississippi"
    assert places["Purvis"].admin1 == "Mississippi"


@pytest.mark.slow
def test_places_no_town_before_a_bands_fire_or_an_acronyms_high(nlp):
    places = _places(
        nlp,
        "The band Arcade Fire will play in Montreal, and the UN High Commissioner for Refugees "
        "spoke in Geneva.",
    )
    assert set(places) == {"Montreal", "Geneva"}
