"""A nationality before a group noun the role index lacks (`generic_actors.yaml`
extra_role_words: herders, miners, truck drivers, gunmen) names people of that state, not the
state itself: "30 Sierra Leonean miners" is Sierra Leone's civilians. Lead, stop 59, probes of
our own; these sentences are others."""

from __future__ import annotations

import pytest
from actor_helpers import actors_in, by_text


@pytest.mark.slow
def test_nationality_before_miners_names_civilians_of_that_state(nlp):
    mentions, _ = actors_in(nlp, "Guinean police detained 30 Sierra Leonean miners near the border.")
    miners = by_text(mentions, "Sierra Leonean miners")
    assert (miners.country, miners.sector) == ("SLE", "CVL")


@pytest.mark.slow
def test_nationality_before_herders_names_civilians_of_that_state(nlp):
    mentions, _ = actors_in(nlp, "Ethiopian troops disarmed a group of Somali herders at a well.")
    herders = by_text(mentions, "Somali herders")
    assert (herders.country, herders.sector) == ("SOM", "CVL")


@pytest.mark.slow
def test_nationality_before_gunmen_names_an_armed_group_of_that_state(nlp):
    mentions, _ = actors_in(nlp, "Chadian gunmen raided a cattle market on Sunday.")
    gunmen = by_text(mentions, "Chadian gunmen")
    assert (gunmen.country, gunmen.sector) == ("TCD", "REB")


@pytest.mark.slow
def test_nationality_before_a_role_index_noun_is_unchanged(nlp):
    mentions, _ = actors_in(nlp, "Zambian police arrested two Malawian officials on Monday.")
    assert by_text(mentions, "Zambian police").sector == "COP"
    assert by_text(mentions, "Malawian officials").country == "MWI"
