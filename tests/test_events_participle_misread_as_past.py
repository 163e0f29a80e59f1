"""A past tense with no object hung on a noun ("farmers detained near Ponta Pora") is that noun's
participle misread by the tagger: the noun is the one acted on, as with a participle read right,
not the place's state (stop 61 lead, probes of our own; `arguments._modified_noun_arguments`).
These sentences are others than the probes."""

from __future__ import annotations

import pytest
from event_helpers import event_on


@pytest.mark.slow
def test_traders_detained_near_a_town_are_the_ones_detained(analyse):
    text = "Ghana asked Togo to free 12 Ghanaian traders detained near Aflao."
    detained = event_on(analyse(text), "detained")
    assert [(m.country, m.sector) for m in detained.target] == [("GHA", "BUS")], detained


@pytest.mark.slow
def test_porters_detained_near_a_border_town_are_the_ones_detained(analyse):
    text = "Nepal urged India to release five Nepali porters detained near Birgunj."
    detained = event_on(analyse(text), "detained")
    assert [m.country for m in detained.target] == ["NPL"], detained
    assert all(m.sector != "GOV" for m in detained.target), detained
