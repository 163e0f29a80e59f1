"""Forces sent are a show of force (issue 9, round r10b, reader11): sending units, soldiers,
reinforcements or warships is MOBILIZE (CAMEO 154, `own_triggers.tsv` reader11 block), as moving
or massing them is; weapons sent stay an arms transfer (AID). A school, a palace or another
building burned is property destroyed (CAMEO 1712, ASSAULT). Every text here was written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ruritania sent two infantry battalions to the northern border on Tuesday.", "sent"),
        ("The navy will send a frigate and two warships to the strait, the minister said.", "send"),
        (
            "Borduria would not send more soldiers to the mission, its defence minister said.",
            "send",
        ),
        ("The interior ministry sent a special police unit to the port city overnight.", "sent"),
    ],
)
def test_units_soldiers_or_warships_sent_are_mobilised(analyse, text, word):
    assert event_on(analyse(text), word).plover_type == "MOBILIZE"


def test_weapons_sent_stay_military_aid(analyse):
    text = "Germany sent tanks and howitzers to Ukraine last year."
    assert event_on(analyse(text), "sent").plover_type == "AID"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Militiamen burned the village school and two shops on Sunday night.", "burned"),
        ("The rebels threatened to burn any clinic that treated soldiers.", "burn"),
    ],
)
def test_a_building_burned_is_property_destroyed(analyse, text, word):
    assert event_on(analyse(text), word).plover_type == "ASSAULT"
