"""Where an act happened when its place sits in a where inside a where ("at students outside the
ministry in Dakar"), on a town's outskirts, off a country's coast, or on a road named by the towns
it links; towns named by their bearing from another ("15 km north of Beni") or as a road's ends,
which the tagger calls persons; and an armed group named like a road number ("the M23"). Stop 52
lead, probes of our own; these sentences are others."""

from __future__ import annotations

import pytest
from locate_helpers import located_events
from place_helpers import place_countries


@pytest.mark.slow
def test_place_of_a_building_the_target_stood_outside_is_where_it_happened(nlp):
    text = "Gendarmes fired tear gas at students outside the education ministry in Dakar."
    located = located_events(nlp, text, ("Gendarmes", "SEN", "COP"))
    assert located["fired"] is not None and located["fired"][0] == "Dakar", located


@pytest.mark.slow
def test_place_named_by_another_object_is_not_taken_past_the_walk(nlp):
    # "with" is no where: the partner's "in" phrase is read only for a meeting (stop 44)
    text = "The rebels shared ammunition with a militia from a camp in Kalehe."
    located = located_events(nlp, text, ("rebels", "COD", "REB"))
    assert located.get("shared") is None or located["shared"][0] != "Kalehe", located


@pytest.mark.slow
def test_act_on_a_towns_outskirts_happened_in_the_town(nlp):
    text = "A roadside bomb exploded near a police post on the outskirts of Kismayo, police said."
    located = located_events(nlp, text)
    assert located["exploded"] is not None and located["exploded"][0] == "Kismayo", located


@pytest.mark.slow
def test_act_off_a_countrys_coast_happened_in_that_country(nlp):
    text = "Gunmen hijacked a fishing trawler off the coast of Togo late on Friday."
    located = located_events(nlp, text, ("Gunmen", "TGO", "CRM"))
    assert located["hijacked"] is not None and located["hijacked"][0] == "Togo", located


@pytest.mark.slow
def test_act_on_a_road_named_by_the_towns_it_links_is_at_the_first(nlp):
    text = "Bandits attacked traders along the highway connecting Gombe and Bauchi."
    located = located_events(nlp, text, ("Bandits", "NGA", "CRM"))
    assert located["attacked"] is not None and located["attacked"][0] == "Gombe", located


@pytest.mark.slow
def test_road_acted_on_named_by_the_towns_it_links_is_at_the_first(nlp):
    text = "Jihadists mined the road connecting Gao and Ansongo last week."
    located = located_events(nlp, text, ("Jihadists", "MLI", "REB"))
    assert located["mined"] is not None and located["mined"][0] == "Gao", located


@pytest.mark.slow
def test_town_named_by_its_bearing_from_another_is_a_place(nlp):
    found = place_countries(nlp, "The militia burned a school about 15 km north of Beni on Monday.")
    assert found.get("Beni") == "COD", found


@pytest.mark.slow
def test_towns_a_road_links_are_places(nlp):
    found = place_countries(nlp, "Herders blocked the road linking Beni and Butembo for a day.")
    assert found.get("Beni") == "COD", found


@pytest.mark.slow
def test_armed_group_with_a_road_numbers_shape_is_no_road(nlp):
    text = "Members of the M23 told reporters in Goma that the M23 would not withdraw."
    found = place_countries(nlp, text)
    assert "M23" not in found and found.get("Goma") == "COD", found


@pytest.mark.slow
def test_road_number_on_which_traffic_stopped_is_still_a_road(nlp):
    text = "A lorry overturned on the M6 near Lancaster, closing two lanes."
    found = place_countries(nlp, text)
    assert "M6" in found, found
