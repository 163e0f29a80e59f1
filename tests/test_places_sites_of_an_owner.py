"""A site named by its owner ("the offices of a newspaper in Harare", "the headquarters of a party
in Kinshasa"): the owner's own place phrase says where the site is, and so where an act on the
site happened; the walk's depth ran out at the owner (stop 54 lead, probes of our own: such acts
had no place). These sentences are others."""

from __future__ import annotations

import pytest
from event_helpers import event_on


@pytest.mark.slow
def test_the_studios_of_a_radio_station_in_a_town_place_the_search(analyse):
    text = "Security agents searched the studios of a private radio station in Bamako on Friday."
    searched = event_on(analyse(text), "searched")
    assert searched.location is not None and searched.location.name == "Bamako", searched


@pytest.mark.slow
def test_the_headquarters_of_a_party_in_a_capital_place_the_siege(analyse):
    text = "Police surrounded the headquarters of an opposition party in Lusaka and detained nine."
    sealed = event_on(analyse(text), "surrounded")
    assert sealed.location is not None and sealed.location.name == "Lusaka", sealed


@pytest.mark.slow
def test_the_home_of_a_man_from_a_town_is_not_placed_there(analyse):
    # "from" names where the owner comes from, not where the site is
    text = "Soldiers searched the home of a businessman from Kano on Sunday."
    searched = event_on(analyse(text), "searched")
    assert searched.location is None or searched.location.name != "Kano", searched
