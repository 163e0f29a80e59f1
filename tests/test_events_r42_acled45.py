"""Round r42 (issue 9, helper "acled45"): classes of phrasing from own43's tune misses and stop
61's leftovers. A state force firing, with deaths told, on people whose clause tells them
gathered over a grievance or to ask for something is excessive force against protesters, though
no protest word is written; people gathered for a wedding, or fired on by gunmen, are no protest.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.eval.case import snippet_type

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers shot into a crowd that had assembled quietly outside the prefecture on Tuesday "
        "over new taxes on livestock, killing two men, residents said.",
        "Troops opened fire on villagers who had gathered peacefully in the square over the price "
        "of fuel, and four people died, a nurse said.",
        "Police fired on a crowd that had come together calmly in front of the town hall to ask "
        "for water, killing one woman, witnesses said.",
    ],
)
def test_state_force_firing_on_people_gathered_over_a_grievance_is_excessive_force(analyse, text):
    assert snippet_type(analyse(text)) == "Excessive force against protesters"


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers opened fire on villagers who had gathered in the square for a wedding, killing "
        "four, a nurse said.",
        "Gunmen opened fire on villagers who had gathered in the square over the price of fuel, "
        "killing four, a nurse said.",
    ],
)
def test_people_gathered_for_no_grievance_or_fired_on_by_gunmen_are_no_protest(analyse, text):
    assert snippet_type(analyse(text)) != "Excessive force against protesters"


@pytest.mark.parametrize(
    "text",
    [
        "Motorbike riders overturned a police pickup and torched a fuel kiosk on Monday after "
        "officers impounded their machines at a checkpoint, witnesses said.",
        "Drivers overturned a police van and set it ablaze on Friday after their minibuses were "
        "seized in a crackdown on unlicensed transport, residents said.",
        "A crowd overturned an army truck and burned it on Sunday, after a girl was run over by a "
        "patrol the night before, the mayor said.",
    ],
)
def test_civilians_wrecking_a_state_vehicle_after_a_grievance_are_a_violent_demonstration(
    analyse, text
):
    assert snippet_type(analyse(text)) == "Violent demonstration"


@pytest.mark.parametrize(
    "text",
    [
        "Youths set fire to a police van and killed an officer on Friday after a raid on their "
        "neighbourhood, residents said.",
        "Two men overturned a police car on Monday after a chase through the market and fled on "
        "foot, witnesses said.",
    ],
)
def test_unnamed_doers_or_a_killing_beside_a_wrecked_state_vehicle_make_no_violent_demonstration(
    analyse, text
):
    assert snippet_type(analyse(text)) != "Violent demonstration"


@pytest.mark.parametrize(
    "text",
    [
        "An armed group said in a statement on Sunday that its fighters now control several "
        "villages along the river.",
        "The rebels claimed on their radio on Tuesday that they now hold three districts of the "
        "province.",
    ],
)
def test_an_armed_groups_own_claim_to_rule_now_is_no_acled_event(analyse, text):
    assert snippet_type(analyse(text)) == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Residents said the militants now control several villages along the river after the "
        "troops withdrew on Sunday.",
    ],
)
def test_others_telling_an_armed_group_rules_now_stay_a_takeover(analyse, text):
    assert snippet_type(analyse(text)) == "Non-state actor overtakes territory"
