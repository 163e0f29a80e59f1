"""Sixth round: gatherings named for their town lie there, not in the document's town; towns the
text calls nearby lie near its other places."""

from __future__ import annotations

import pytest
from place_helpers import places_by_text as _places


@pytest.mark.slow
def test_places_gathering_after_in_lies_in_its_town_not_the_documents(nlp):
    text = (
        "Officials in Kabul met on Monday. Days earlier, the Indian foreign minister in "
        "Munich Security Conference said that the talks had failed."
    )
    places = _places(nlp, text)
    assert places["Munich Security Conference"].country == "DEU"
    assert places["Munich Security Conference"].admin1 == "Bavaria"


@pytest.mark.slow
def test_places_gathering_named_for_a_small_town_lies_there(nlp):
    places = _places(
        nlp,
        "Officials in Lagos met on Monday. The minister said in Davos Forum remarks that oil prices would rise.",
    )
    assert places["Davos Forum"].country == "CHE"


@pytest.mark.slow
def test_places_gathering_with_a_town_after_it_lies_in_that_town(nlp):
    places = _places(nlp, "Ministers from Japan met at the Shangri-La Dialogue in Singapore.")
    assert places["Shangri-La Dialogue"].country == "SGP"


@pytest.mark.slow
def test_places_gathering_named_for_no_place_is_no_place(nlp):
    places = _places(
        nlp, "Officials in Nairobi said the president spoke at the World Economic Forum."
    )
    assert set(places) == {"Nairobi"}


@pytest.mark.slow
def test_places_gathering_named_for_a_person_is_not_placed_at_a_town(nlp):
    text = "Senators in Denver said the general spoke at the Reagan National Defense Forum."
    places = _places(nlp, text)
    assert not any(p.name == "Reagan" for p in places.values())


# "nearby X and Y", "neighboring X": spatial coherence for towns the text says are near.


@pytest.mark.slow
def test_places_nearby_towns_move_the_document_town_to_their_cluster(nlp):
    text = "A tornado hit Peoria on Sunday. Crews came from nearby Pekin and Washington."
    places = _places(nlp, text)
    assert {places[n].admin1 for n in ("Peoria", "Pekin", "Washington")} == {"Illinois"}


@pytest.mark.slow
def test_places_neighboring_towns_lie_near_the_chosen_town(nlp):
    text = "Rochester police arrested two men on Friday. Deputies in nearby Greece and Brighton helped."
    places = _places(nlp, text)
    assert places["Greece"].country == "USA" and places["Greece"].admin1 == "New York"
    assert places["Brighton"].admin1 == "New York"


@pytest.mark.slow
def test_places_neighbouring_country_with_no_near_town_keeps_its_reading(nlp):
    places = _places(nlp, "Ships left Istanbul for neighbouring Greece on Monday.")
    assert places["Greece"].country == "GRC"


@pytest.mark.slow
def test_places_town_without_a_nearby_cue_keeps_its_reading(nlp):
    places = _places(nlp, "A tornado hit Peoria on Sunday. Crews came from Beijing and Washington.")
    assert places["Washington"].admin1 != "Illinois"


@pytest.mark.slow
def test_places_city_before_council_is_no_town_of_its_own(nlp):
    places = _places(nlp, "Members of the Fresno City Council voted on Tuesday.")
    assert [p.name for p in places.values()] == ["Fresno"]
