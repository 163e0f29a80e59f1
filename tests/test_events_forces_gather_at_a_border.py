"""Forces that gather or bunch up near a border with no object of their own ("tanks massed near
the frontier", "two brigades assembled along the border") are drawn up there, as forces moving
up to it are (MOBILIZE; lead, stop 65, probe sentences written as wire text; these are others).
People who are no forces gathering at a border keep their own reading."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Thai soldiers massed along the border with Cambodia late on Tuesday.", "massed"),
        ("Russian tank units gathered near the frontier with Georgia overnight, witnesses said.",
         "gathered"),
        ("Sudanese troops have concentrated near the border with Chad, officials said.",
         "concentrated"),
    ],
)
def test_forces_gathering_near_a_border_are_mobilised(analyse, text, word):
    assert event_on(analyse(text), word).plover_type == "MOBILIZE"


def test_migrants_gathering_near_a_border_are_no_forces(analyse):
    found = analyse("Hundreds of migrants gathered near the border with Poland on Monday.")
    assert not [e for e in found if e.plover_type == "MOBILIZE"]
