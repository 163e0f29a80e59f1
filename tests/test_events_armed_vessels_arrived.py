"""Round r37 (reader41), a class from stop 56's leftovers ("patrol boats have arrived off X" read
as a visit) and reader_own36 tune; every sentence here is made up for the test: warships, or
boats and ships a navy, coast guard or patrol word marks ("two Honduran patrol boats", "a coast
guard cutter"), that arrive off, at or in a place are forces readied there (MOBILIZE), as an
arrival of troops is (`deployed_arrivals`), not a visit (CONSULT). A fishing boat, a ferry or a
cruise ship arriving stays what the lexicon reads, a minister's arrival stays a visit, and a
warship carrying relief goods delivers them (AID)."""

from __future__ import annotations

import pytest

from realpolitik.events.border_moves import MOBILIZED
from realpolitik.events.deployed_arrivals import deployed_arrival
from realpolitik.events.lexicon import TriggerType

VISIT = TriggerType("CONSULT", "visit", "042", "verb")


def _verb(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(
    "text",
    [
        "Two Honduran patrol boats have arrived off Cayo Sur, officials say.",
        "Three Peruvian frigates arrived off the coast of Tumbes on Sunday.",
        "A Guatemalan navy gunboat arrived at the mouth of the Motagua river overnight.",
        "Two coast guard cutters arrived in Puerto Lempira on Tuesday.",
    ],
)
def test_armed_vessels_arriving_are_forces_readied(nlp, text):
    assert deployed_arrival(_verb(nlp, text, "arrived"), VISIT) == MOBILIZED


@pytest.mark.parametrize(
    "text",
    [
        "Two fishing boats arrived off Cayo Sur on Sunday.",
        "The cruise ship arrived in Roatan on Tuesday.",
        "The Honduran foreign minister arrived in Managua for talks.",
        # a warship carrying relief goods delivers them
        "A Honduran navy ship arrived in Roatan with tents and rice for flood victims.",
    ],
)
def test_other_boats_and_visitors_arriving_are_no_deployment(nlp, text):
    assert deployed_arrival(_verb(nlp, text, "arrived"), VISIT) != MOBILIZED
