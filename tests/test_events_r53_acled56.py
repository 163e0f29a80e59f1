"""Round r53 (issue 9, stop 73, helper "acled56"): classes of phrasing from own54's tune misses
and the stop 72 leftovers. Stun grenades fired or thrown by a state force are crowd control, not
a grenade attack nor the crowd's own violence ("riot police" names the force, not a riot); kin
of missing people who sit, stand or hold up photographs protest, the disappearance only who they
are. Sentences written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.eval.case import snippet_type

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Riot police threw stun grenades at farmers who had blocked the highway to Mbarara over "
        "land evictions on Monday and detained five of them, a witness said.",
        "Riot police hurled stun grenades at taxi drivers blocking the main road into Harare "
        "over new fees on Thursday, a drivers' association said.",
    ],
)
def test_events_stun_grenades_on_road_blockers_are_protest_with_intervention(analyse, text):
    assert snippet_type(analyse(text)) == "Protest with intervention"


@pytest.mark.parametrize(
    "text",
    [
        "Police fired stun grenades at hawkers who had sat down across the main road into the "
        "market in Kano on Tuesday over a new levy, and drove a dozen of them away in trucks, a "
        "traders' union said.",
    ],
)
def test_events_stun_grenades_only_make_no_grenade_attack(analyse, text):
    assert snippet_type(analyse(text)) != "Grenade"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "A man threw a hand grenade at a police checkpoint in Srinagar on Tuesday, wounding "
            "two officers, police said.",
            "Grenade",
        ),
        (
            "Protesters threw stones at riot police and burned a bus in Nakuru on Monday over a "
            "rise in bread prices, police said.",
            "Violent demonstration",
        ),
    ],
)
def test_events_grenades_and_the_crowds_throwing_keep_their_reading(analyse, text, label):
    assert snippet_type(analyse(text)) == label


@pytest.mark.parametrize(
    "text",
    [
        "Wives of fishermen who vanished in army custody sat outside the governor's office in "
        "Kandy on Tuesday holding pictures of their husbands, a rights group said.",
        "Parents of students who disappeared after a police raid last year stood in silence "
        "outside the attorney general's office in Managua on Friday, a rights group said.",
    ],
)
def test_events_kin_of_the_missing_sitting_with_photographs_is_peaceful_protest(analyse, text):
    assert snippet_type(analyse(text)) == "Peaceful protest"


@pytest.mark.parametrize(
    "text",
    [
        "Relatives of the abducted pupils gathered at the school in Kebbi on Monday after gunmen "
        "seized thirty children the night before, a teacher said.",
        "Gunmen abducted the wives of two fishermen near Kandy on Tuesday, police said.",
    ],
)
def test_events_people_taken_in_the_report_keep_the_abduction(analyse, text):
    assert snippet_type(analyse(text)) == "Abduction/forced disappearance"
