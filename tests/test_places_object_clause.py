"""An act that names no place of its own is where the people it fell on were, when a relative
clause on them says so ("fired tear gas at traders who blocked the road at Busia"). Stop 50 lead,
probes of our own."""

from __future__ import annotations

import pytest
from locate_helpers import located_events

PARTIES = [("Riot police", "UGA", "COP"), ("students", "UGA", "CVL"), ("traders", "UGA", "CVL")]


@pytest.mark.slow
def test_act_on_people_is_where_their_relative_clause_puts_them(nlp):
    text = (
        "Riot police beat students who had gathered outside the university in Gulu, witnesses said."
    )
    located = located_events(nlp, text, *PARTIES)
    assert located["beat"] is not None and located["beat"][0] == "Gulu", located


@pytest.mark.slow
def test_act_aimed_at_people_takes_their_clause_place(nlp):
    text = "Riot police fired rubber bullets at traders who were blocking the main road in Lira."
    located = located_events(nlp, text, *PARTIES)
    assert located["fired"] is not None and located["fired"][0] == "Lira", located


@pytest.mark.slow
def test_the_act_own_place_wins_over_the_clause(nlp):
    text = "Riot police beat traders in Gulu who had protested in Lira a week earlier."
    located = located_events(nlp, text, *PARTIES)
    assert located["beat"] is not None and located["beat"][0] == "Gulu", located
