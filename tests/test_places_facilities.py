"""Streets, buildings, roads and venues placed in their town; natural features; same-named
places read from the document (issue 10, third round). Sentences written for these tests."""

from __future__ import annotations

import pytest
from place_helpers import places_by_text as _places

from realpolitik.model import Document
from realpolitik.places import find_places, load_gazetteer
from realpolitik.places.facilities import facility_words


def _near(place, lat: float, lon: float, km: float = 50.0) -> bool:
    from realpolitik.places.distance import haversine_km

    return haversine_km(place.lat, place.lon, lat, lon) <= km


def test_facility_words_hold_street_and_building_kinds():
    words = facility_words()
    assert words["street"] == "street" and words["stadium"] == "building"
    assert words["university"] == "of"  # "University of Manitoba"
    assert words["conference"] == "gathering"  # "Munich Security Conference"
    assert words["district"] == "area"  # "the Wiehre district"
    assert set(words.values()) == {"street", "building", "of", "open", "gathering", "area"}


@pytest.mark.slow
def test_facility_street_lies_in_the_town_named_after_it(nlp):
    places = _places(nlp, "Protesters marched along Hollins Avenue in Baltimore on Sunday.")
    street = places["Hollins Avenue"]
    assert street.precision == "city" and street.geonames_id is None
    assert street.admin1 == "Maryland" and _near(street, 39.29, -76.61)


@pytest.mark.slow
def test_facility_building_lies_in_the_town_named_before_it(nlp):
    text = (
        "The council of Leicester met on Monday.\nThe mayor opened Westbridge Library to visitors."
    )
    library = _places(nlp, text)["Westbridge Library"]
    assert library.country == "GBR" and _near(library, 52.64, -1.13)


@pytest.mark.slow
def test_facility_owned_by_a_town_lies_there(nlp):
    stadium = _places(nlp, "Fans filled Lisbon's Estrela Stadium for the derby.")["Estrela Stadium"]
    assert stadium.country == "PRT" and _near(stadium, 38.72, -9.14)


@pytest.mark.slow
def test_facility_building_named_for_a_place_lies_there(nlp):
    places = _places(nlp, "She studied chemistry at the University of Manitoba.")
    assert places["University of Manitoba"].country == "CAN"


@pytest.mark.slow
def test_facility_numbered_road_lies_in_the_nearby_town(nlp):
    places = _places(nlp, "Police closed a road in Oxford after a lorry overturned on the A34.")
    assert "A34" in places and _near(places["A34"], 51.75, -1.26)


@pytest.mark.slow
def test_facility_without_any_town_in_the_document_is_left_out(nlp):
    assert "Greenbrook Castle" not in _places(nlp, "Tourists admired Greenbrook Castle.")


@pytest.mark.slow
def test_facility_word_inside_a_longer_name_or_a_person_is_no_facility(nlp):
    text = "Mr Stuart Hall, 62, told the court in Chicago that he read the Wall Street Journal."
    places = _places(nlp, text)
    assert not any("Street" in name or "Hall" in name for name in places), places


@pytest.mark.slow
def test_facility_numbers_before_square_are_no_name(nlp):
    places = _places(nlp, "Fires in Siberia burned 40,000 square kilometres near Omsk.")
    assert not any("square" in name for name in places), places


@pytest.mark.slow
def test_local_name_after_in_lies_in_the_documents_town(nlp):
    # spaCy calls the unknown village a person: after "in" it is taken all the same
    places = _places(nlp, "Floods hit homes in Marnley, police in Norwich said.")
    assert places["Marnley"].precision == "city" and _near(places["Marnley"], 52.63, 1.30)


@pytest.mark.slow
def test_local_name_rule_skips_acronyms_and_owners(nlp):
    text = "Fans in Leeds watched the race in HD, and voters in Modi's party cheered."
    places = _places(nlp, text)
    assert "HD" not in places and "Modi" not in places


@pytest.mark.slow
def test_places_islands_and_ranges_come_from_the_list(nlp):
    places = _places(nlp, "Hikers crossed the Pyrenees before flying to Oahu.")
    assert places["Oahu"].admin1 == "Hawaii"
    assert _near(places["Pyrenees"], 42.6, 1.0, km=161)


@pytest.mark.slow
def test_places_washington_pair_does_not_fix_the_state_elsewhere(nlp):
    text = (
        "SPOKANE, Wash. - Crews worked across Washington on Friday after the storm. Seattle "
        "lost power, and officials in Washington, D.C. promised help."
    )
    doc = Document(doc_id="t", source="t", text=text)
    mentions = [
        m for m in find_places(doc, nlp(text), load_gazetteer(), []) if m.text == "Washington"
    ]
    assert [m.place.precision for m in mentions] == ["admin1", "city"]


@pytest.mark.slow
def test_places_country_named_like_a_state_is_the_state_in_a_us_text(nlp):
    text = (
        "Farmers in Texas, Ohio and Georgia lost crops this year. Officials in Iowa and "
        "Kansas asked Washington for help."
    )
    georgia = _places(nlp, text)["Georgia"]
    assert georgia.country == "USA" and georgia.precision == "admin1"


@pytest.mark.slow
def test_places_demonyms_in_a_list_are_no_container(nlp):
    places = _places(nlp, "German, Irish and Italian settlers arrived in Boston by ship.")
    assert all(p.country in {"USA", "DEU", "IRL", "ITA"} for p in places.values()), places


@pytest.mark.slow
def test_facility_opened_by_mount_or_camp_lies_in_the_documents_town(nlp):
    places = _places(nlp, "Police in Kasserine said the rebels hid on Mount Dorvan for weeks.")
    assert places["Mount Dorvan"].country == "TUN"


@pytest.mark.slow
def test_local_name_after_at_lies_in_the_documents_town(nlp):
    places = _places(nlp, "Police in Leeds said fans gathered at Marnley before the match.")
    assert "Marnley" in places and _near(places["Marnley"], 53.80, -1.55)


@pytest.mark.slow
def test_town_after_a_facilitys_comma_is_a_place_itself(nlp):
    # spaCy tags "Awka" a person; ninth round: the town that places the university is found too
    places = _places(
        nlp,
        "The bursar of the State University of Science, Awka (SUSA), Mr. Obinna Eze, said fees "
        "would rise.",
    )
    assert places["Awka"].country == "NGA" and places["Awka"].precision == "city"
    assert _near(places["State University of Science"], places["Awka"].lat, places["Awka"].lon, 1)
