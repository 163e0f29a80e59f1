"""Crowd-control weapons the only ones a sentence names ("trained water cannon on a trawler",
"blasted a vessel with water cannon") are no shelling, though "cannon" is an artillery word to
the classifier (lead, stop 65; probe sentences written as wire text, these are others). A
sentence that also names a real gun or shell keeps its reading."""

from __future__ import annotations

import pytest
from event_helpers import first_sentence

from realpolitik.eval.case import snippet_type
from realpolitik.events.acled_acts import reads_only_crowd_control_fire

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "A Chinese maritime militia ship trained water cannon on a Vietnamese trawler near "
        "Bach Long Vi island on Thursday, damaging its wheelhouse.",
        "A Chinese coast guard ship blasted a Philippine fisheries vessel with water cannon near "
        "Sabina Shoal on Saturday, Manila said.",
        "Indonesian patrol boats fired water cannon at three Vietnamese trawlers off the Natuna "
        "islands, the fisheries ministry said.",
    ],
)
def test_water_cannon_at_a_boat_is_no_shelling(analyse, nlp, text):
    assert reads_only_crowd_control_fire(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) != "Shelling/artillery/missile attack"


def test_a_shell_fired_beside_the_water_cannon_is_still_named(nlp):
    text = "The warship fired water cannon and then two artillery shells at the fishing boat."
    assert not reads_only_crowd_control_fire(first_sentence(nlp, text))
