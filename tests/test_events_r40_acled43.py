"""Round r40 (issue 9, helper "acled43"): classes of phrasing from own41's tune misses. A drone,
rocket or missile "brought down" is stopped, not used: a disrupted weapons use, where aircraft
that brought down a building stay a strike. State forces who re-entered or returned to a town
they had left (told by "after they had left", "after withdrawing") take it back: the state
regains territory, where troops sent to a town for the first time gain no ground.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.eval.case import snippet_type

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Air defence units near Aden brought down a drone packed with explosives before it "
        "reached the port on Monday, officials said. The wreckage fell on a farm outside the town.",
        "Gunners on the frigate brought down two missiles fired at the convoy off Hodeidah on "
        "Wednesday, the coalition said.",
    ],
)
def test_a_drone_or_missile_brought_down_is_a_disrupted_weapons_use(analyse, text):
    assert snippet_type(analyse(text)) == "Disrupted weapons use"


def test_an_air_strike_that_brought_down_a_building_stays_a_strike(analyse):
    text = (
        "Warplanes bombed the centre of Saraqib on Tuesday and brought down a four-storey "
        "building, killing eleven people, rescuers said."
    )
    assert snippet_type(analyse(text)) == "Air/drone strike"


