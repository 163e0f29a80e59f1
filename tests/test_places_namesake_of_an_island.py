"""A name before a lower-case island word names the island ("off Mafia island"); a town of that
name in a country no actor of the document belongs to is its namesake, not the place: no place
rather than a wrong country (stop 61 lead, probes of our own; `places.resolve`). A reading in an
acting party's country stays, and a town named alone keeps its reading. These sentences are
others than the probes."""

from __future__ import annotations

import pytest


def _countries(analyse, text):
    return {e.location.country for e in analyse(text) if e.location is not None}


@pytest.mark.slow
def test_a_town_namesake_of_an_island_is_not_the_place(analyse):
    text = "Tanzanian marines detained nine Kenyan fishermen off Pemba island on Sunday."
    assert "MOZ" not in _countries(analyse, text)


@pytest.mark.slow
def test_an_island_in_an_acting_partys_country_stays(analyse):
    text = "Comorian police detained three Malagasy traders on Moheli island on Monday."
    assert _countries(analyse, text) == {"COM"}


@pytest.mark.slow
def test_a_town_named_alone_keeps_its_reading(analyse):
    text = "Police in Pemba detained three Tanzanian traders on Monday, Mozambican officials said."
    assert "MOZ" in _countries(analyse, text)
