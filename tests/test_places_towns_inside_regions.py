"""A town in the act's own phrases that lies in the region or country the walk met first is where
the act was ("abducted passengers from a bus on the road near Gusau in Zamfara state": the parse
hangs the state on the verb). Stop 49 lead, probes of our own."""

from __future__ import annotations

import pytest
from locate_helpers import located_events

PARTIES = [("Bandits", "NGA", "REB"), ("worshippers", "NGA", "CVL")]


@pytest.mark.slow
def test_town_deep_in_the_phrase_wins_over_the_state_hung_on_the_verb(nlp):
    text = "Bandits abducted 11 worshippers from a church on the road near Zaria in Kaduna state."
    located = located_events(nlp, text, *PARTIES)
    assert located["abducted"] is not None and located["abducted"][0] == "Zaria", located


@pytest.mark.slow
def test_town_in_another_clause_does_not_replace_the_state(nlp):
    text = "Bandits abducted 11 worshippers in Kaduna state, days after troops left Zaria."
    located = located_events(nlp, text, *PARTIES)
    assert located["abducted"] is not None and located["abducted"][0] == "Kaduna State", located
