"""Round r37 (issue 9, helper "acled40"): classes of phrasing from own38's tune misses and the
leftovers of stop 56. A crowd (residents, students, villagers) that "set fire to" an office, a
bus or a house, told after a road blockade, is a riot, the codebook's violent demonstration, no
property destruction by a group. Ground taken back "after an offensive", "an assault" or "an
operation" changed hands by a fight, no non-violent transfer, though the losers are told as
withdrawing. Barrels filled or packed with explosives dropped by a plane are an air strike, no
disrupted weapons use. Gunmen or fighters "of two rival" gangs or clans who trade gunfire are two
armed sides, an armed clash. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import first_sentence

from realpolitik.eval.case import snippet_type
from realpolitik.events.acled_acts import reads_armed_fight, reads_munitions_dropped_from_aircraft
from realpolitik.events.acled_crowd_damage import reads_crowd_rampage
from realpolitik.events.acled_typing import reads_gain_after_fight

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Residents angry over a power cut barricaded the road to Kisii with burning tyres on "
        "Sunday and set fire to the electricity company's office, police said.",
        "Students blocked the main road in Thies on Wednesday over unpaid grants and later set "
        "fire to the administration building of the campus.",
    ],
)
def test_a_crowd_that_sets_fire_to_property_after_a_blockade_is_a_violent_demonstration(
    nlp, analyse, text
):
    assert reads_crowd_rampage(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Violent demonstration"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen set fire to the village school in Birnin Gwari on Monday night, residents said.",
        "Unknown people set fire to a church in the outskirts of Kumasi overnight, the pastor said.",
    ],
)
def test_an_armed_or_unnamed_side_setting_fire_to_property_is_no_crowd_rampage(nlp, text):
    assert not reads_crowd_rampage(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Troops took back the border town of Kaboa on Monday after an assault on rebel positions, "
        "and the militia retreated into the hills.",
        "The army took back control of Tillia after a week-long offensive, and the jihadists "
        "retreated towards the desert.",
    ],
)
def test_ground_taken_back_after_an_offensive_or_assault_is_a_government_gain(nlp, analyse, text):
    assert reads_gain_after_fight(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Government regains territory"


@pytest.mark.parametrize(
    "text",
    [
        "The militia handed the town of Kaboa over to the army on Monday after a week of talks, "
        "without a shot fired.",
        "Rebels withdrew from the town of Lubero after an agreement with the army, and "
        "peacekeepers moved in on Tuesday.",
    ],
)
def test_ground_handed_over_after_talks_is_still_a_non_violent_transfer(nlp, analyse, text):
    assert not reads_gain_after_fight(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Non-violent transfer of territory"


@pytest.mark.parametrize(
    "text",
    [
        "A military plane dropped barrels packed with explosives on two villages near Kafr Nabl "
        "on Thursday, killing six people.",
        "A plane dropped two barrels filled with explosives and scrap metal on the main street of "
        "Sheikh Miskin, destroying four houses.",
    ],
)
def test_explosives_dropped_by_or_from_an_aircraft_are_an_air_strike(nlp, analyse, text):
    assert reads_munitions_dropped_from_aircraft(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Air/drone strike"


@pytest.mark.parametrize(
    "text",
    [
        "A cargo plane dropped sacks of flour and barrels of drinking water over the flooded "
        "villages near Beledweyne on Monday.",
        "Police said a man dropped a bag holding explosives at the bus station in Garissa before "
        "running away.",
    ],
)
def test_aid_dropped_from_a_plane_or_a_bomb_dropped_by_hand_is_no_air_strike(nlp, text):
    assert not reads_munitions_dropped_from_aircraft(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen of two rival gangs traded gunfire for most of the night in the Martissant "
        "district, and residents said at least four bodies were found at dawn.",
        "Gunmen of two rival clans traded shots across the river near Baidoa for hours on "
        "Thursday, and five men were killed, elders said.",
    ],
)
def test_fire_traded_by_men_of_two_rival_groups_is_an_armed_clash(nlp, analyse, text):
    assert reads_armed_fight(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Armed clash"


def test_members_of_two_unarmed_committees_who_fought_are_no_armed_fight(nlp):
    text = "Members of two rival village committees fought over the well near Baidoa on Thursday."
    assert not reads_armed_fight(first_sentence(nlp, text))
