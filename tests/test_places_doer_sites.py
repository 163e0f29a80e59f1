"""Where an act happened when only its doer is placed ("Police in Lagos arrested ...",
"Authorities in Tashkent expelled ..."), where a convoy or bus was travelling between two towns
when hit, and acts on a lake named by its word ("on Lake Kivu"). Stop 51 lead, probes of our
own; these sentences are others."""

from __future__ import annotations

import pytest
from locate_helpers import located_events

from realpolitik.model import Document
from realpolitik.places import find_places, load_gazetteer

PARTIES = [("Soldiers", "CMR", "MIL"), ("traders", "CMR", "CVL")]


@pytest.mark.slow
def test_act_whose_doer_is_placed_by_in_happened_there(nlp):
    text = "Soldiers in Maroua detained eleven traders on Wednesday."
    located = located_events(nlp, text, *PARTIES)
    assert located["detained"] is not None and located["detained"][0] == "Maroua", located


@pytest.mark.slow
def test_act_that_names_its_own_place_keeps_it_over_the_doers(nlp):
    text = "Soldiers in Maroua detained eleven traders at the market in Mokolo on Wednesday."
    located = located_events(nlp, text, *PARTIES)
    assert located["detained"] is not None and located["detained"][0] == "Mokolo", located


@pytest.mark.slow
def test_doer_said_to_come_from_a_town_is_not_placed_there(nlp):
    text = "Soldiers from Maroua detained eleven traders on Wednesday."
    located = located_events(nlp, text, *PARTIES)
    assert located["detained"] is None or located["detained"][0] != "Maroua", located


@pytest.mark.slow
def test_convoy_hit_while_travelling_between_two_towns_is_at_the_first(nlp):
    text = "Insurgents ambushed a lorry convoy travelling between Damaturu and Maiduguri."
    located = located_events(nlp, text, ("Insurgents", "NGA", "REB"))
    assert located["ambushed"] is not None and located["ambushed"][0] == "Damaturu", located


@pytest.mark.slow
def test_goods_carried_from_a_town_do_not_place_the_act(nlp):
    # carrying is no travel of the vehicle's own: where the goods came from is not where it was
    text = "Insurgents ambushed a lorry convoy carrying maize from Damaturu."
    located = located_events(nlp, text, ("Insurgents", "NGA", "REB"))
    assert located["ambushed"] is None, located


@pytest.mark.slow
def test_act_on_a_lake_named_by_its_word_is_on_that_lake(nlp):
    text = "Tanzanian police seized four canoes on Lake Tanganyika at dawn."
    located = located_events(nlp, text, ("Tanzanian police", "TZA", "COP"))
    assert located["seized"] is not None and located["seized"][0] == "Lake Tanganyika", located


@pytest.mark.slow
def test_great_lakes_named_in_news_are_the_lakes_not_namesake_towns(nlp):
    text = "Fishermen from both shores of Lake Albert and Lake Kivu complained of patrols."
    doc = Document(doc_id="t", source="t", raw=text, text=text)
    found = {m.text: m.place for m in find_places(doc, nlp(text), load_gazetteer(), [])}
    assert found["Lake Albert"].country is None and found["Lake Albert"].lat > 0, found
    assert "Lake Kivu" in found and found["Lake Kivu"].lat < 0, found
