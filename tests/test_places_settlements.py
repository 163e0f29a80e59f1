"""Settlements the gazetteer lacks, named "the village of X" (stop 48 lead): a place of their own,
lying in the larger place written after them, and the place of an act done to them."""

from __future__ import annotations

import pytest
from locate_helpers import located_events
from place_helpers import places_by_text as _places


@pytest.mark.slow
def test_unlisted_village_after_village_of_is_a_place_in_the_region_named_after_it(nlp):
    text = "Bandits stormed the village of Kurmindaji in northwestern Nigeria on Saturday."
    places = _places(nlp, text)
    assert "Kurmindaji" in places, places
    assert places["Kurmindaji"].country == "NGA"


@pytest.mark.slow
def test_unlisted_hamlet_of_takes_the_province_after_a_comma(nlp):
    text = "Rebels burned the hamlet of Tadzuma, in Ituri province, the governor said."
    places = _places(nlp, text)
    assert "Tadzuma" in places and places["Tadzuma"].country == "COD", places


@pytest.mark.slow
def test_unlisted_name_after_a_village_of_with_no_place_around_is_left_out(nlp):
    assert "Tadzuma" not in _places(nlp, "Rebels burned the hamlet of Tadzuma overnight.")


@pytest.mark.slow
def test_name_after_other_nouns_of_is_no_settlement(nlp):
    text = "The leader of Hezbeta spoke in northern Nigeria on Saturday."
    assert "Hezbeta" not in _places(nlp, text)


@pytest.mark.slow
def test_act_on_a_named_village_takes_the_village_before_the_region_after_it(nlp):
    text = "Gunmen raided the village of Kurmindaji in northwestern Nigeria, killing six people."
    located = located_events(nlp, text)
    assert located["raided"] is not None and located["raided"][0] == "Kurmindaji", located


@pytest.mark.slow
def test_act_whose_object_is_no_settlement_keeps_the_region(nlp):
    text = "Gunmen attacked a convoy of traders in northwestern Nigeria on Saturday."
    located = located_events(nlp, text)
    assert located["attacked"] is not None and located["attacked"][0] == "Nigeria", located


@pytest.mark.slow
def test_unlisted_village_is_not_put_at_the_datelines_town(nlp):
    text = "TBILISI, March 3 (Reuters) - Police detained two men near the village of Kvemo Dzhari."
    assert "Kvemo Dzhari" not in _places(nlp, text)


@pytest.mark.slow
def test_unlisted_name_before_village_lies_in_the_state_after_of(nlp):
    text = "Herders clashed with farmers in Gidan Dawa village of Katsina state, police said."
    places = _places(nlp, text)
    assert any(name.startswith("Gidan Dawa") for name in places), places
    assert all(p.country == "NGA" for p in places.values()), places


@pytest.mark.slow
def test_unlisted_name_before_village_after_a_comma_takes_the_province(nlp):
    text = "Soldiers found two bodies near Lumbishi village, South Kivu province, on Monday."
    places = _places(nlp, text)
    assert "Lumbishi" in places and places["Lumbishi"].country == "COD", places


@pytest.mark.slow
def test_street_before_a_comma_and_a_region_stays_in_its_town(nlp):
    text = "NELSON — Council crews closed Hardy Street, the Tasman police said on Friday."
    places = _places(nlp, text)
    assert "Hardy Street" in places and places["Hardy Street"].precision == "city", places
