""""him" or "her" as the party accused or blamed ("accusing him of", "blamed her for") stands for
the one person named before it in the sentence: the accusation had no target (stop 61 lead,
probes of our own). States and plurals are no "him"; the subject is not its own accused. These
sentences are others than the probes."""

from __future__ import annotations

import pytest
from event_helpers import event_on


@pytest.mark.slow
def test_an_expelled_reporter_is_the_one_accused_by_him(analyse):
    text = "Azerbaijan expelled a French reporter on Friday, accusing him of spying for Armenia."
    accusing = event_on(analyse(text), "accusing")
    assert [(m.country, m.sector) for m in accusing.target] == [("FRA", "MED")], accusing


@pytest.mark.slow
def test_a_detained_activist_is_the_one_accused_by_her(analyse):
    text = "Uzbek police detained the activist Dilnoza Karimova in Tashkent and accused her of inciting riots."
    accused = event_on(analyse(text), "accused")
    assert [m.text for m in accused.target] == ["Dilnoza Karimova"], accused


@pytest.mark.slow
def test_a_state_before_him_is_not_the_one_accused(analyse):
    text = "Peru's president said Ecuador had accused him of lying about the border."
    accused = event_on(analyse(text), "accused")
    assert [m.country for m in accused.target] == ["PER"], accused
