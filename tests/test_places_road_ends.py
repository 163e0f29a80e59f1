"""An act on a road named by the towns it runs between ("on the highway between Kaduna and
Zaria", "on the road from Gao to Ansongo") is located at the first town named. Stop 50 lead,
probes of our own."""

from __future__ import annotations

import pytest
from locate_helpers import located_events

PARTIES = [("Jihadists", "MLI", "REB"), ("drivers", "MLI", "CVL")]


@pytest.mark.slow
def test_act_on_a_road_between_two_towns_is_at_the_first(nlp):
    text = "Jihadists burned three lorries on the road between Mopti and Sevare, residents said."
    located = located_events(nlp, text, *PARTIES)
    assert located["burned"] is not None and located["burned"][0] == "Mopti", located


@pytest.mark.slow
def test_act_on_a_highway_from_one_town_to_another_is_at_the_first(nlp):
    text = "Jihadists abducted five drivers on the highway from Segou to Bamako on Thursday."
    located = located_events(nlp, text, *PARTIES)
    assert located["abducted"] is not None and located["abducted"][0] == "Ségou", located


@pytest.mark.slow
def test_goods_sent_from_a_town_are_not_placed_there(nlp):
    # "from" on the goods, not on a road: where the lorries came from is not where they burned
    text = "Jihadists burned three lorries of grain from Mopti at dawn."
    located = located_events(nlp, text, *PARTIES)
    assert located["burned"] is None, located
