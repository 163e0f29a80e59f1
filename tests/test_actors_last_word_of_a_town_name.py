"""The last word of a Portuguese, Spanish or Italian town or state name that the tagger split off
after a particle ("Santa Cruz" place, "do", "Sul" person) is the place's, not a new person who
then stood as the act's target (stop 55 lead, probes of our own). These sentences are others."""

from __future__ import annotations

import pytest
from event_helpers import event_on


@pytest.mark.slow
def test_the_split_off_end_of_a_town_name_is_no_second_target(analyse):
    text = "Gunmen killed a shop owner in the city of Santa Cruz do Sul, police said."
    killed = event_on(analyse(text), "killed")
    assert [m.text for m in killed.target] == ["shop owner"], killed


@pytest.mark.slow
def test_the_split_off_end_of_a_state_name_is_no_party_of_a_removal(analyse):
    text = "Troops removed protesting miners from a road in Rio Grande do Sul."
    removed = event_on(analyse(text), "removed")
    assert all(m.text != "Sul" for m in removed.source + removed.target), removed
