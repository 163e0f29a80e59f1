"""Round r44 (issue 9, helper "acled47"): classes of phrasing from own45's tune misses and stop
63's leftovers. What is left of a used weapon found after the act (a grenade's pin, fragments of
the device) is the act's trace, no weapon seized, and no longer outranks the act told before it;
the dead found told shot are an attack, no weapons found. Sentences written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.eval.case import snippet_type

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "A man on foot flung an explosive at a checkpoint on Tuesday evening, wounding a soldier, "
        "residents said. Soldiers found fragments of the device at the spot the next morning.",
        "Someone threw an explosive over the wall of a mayor's residence on Thursday night, "
        "injuring a guard, neighbours said. Police later recovered fragments of the device in the "
        "garden.",
    ],
)
def test_a_used_weapons_remains_found_afterwards_leave_the_thrown_explosive_a_grenade(
    analyse, text
):
    assert snippet_type(analyse(text)) == "Grenade"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Police found two grenades and a pistol in the suspect's car on Monday, a spokesman "
            "said.",
            "Disrupted weapons use",
        ),
        (
            "Investigators recovered fragments of the rocket that killed five people at the bus "
            "depot on Monday.",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_weapons_found_whole_or_remains_of_an_act_told_keep_their_reading(analyse, text, label):
    assert snippet_type(analyse(text)) == label


@pytest.mark.parametrize(
    "text",
    [
        "Travellers found the bodies of two herders in a dry river bed on Tuesday, each shot "
        "several times, police said.",
        "Fishermen recovered the bodies of two boatmen from the river on Wednesday, both with "
        "bullet wounds, a village head said.",
    ],
)
def test_the_dead_found_shot_are_an_attack(analyse, text):
    assert snippet_type(analyse(text)) == "Attack"


def test_the_dead_found_beside_arms_seized_stay_disrupted_weapons_use(analyse):
    text = (
        "Soldiers found the bodies of four rebels and seized their rifles after the battle near "
        "the border."
    )
    assert snippet_type(analyse(text)) == "Disrupted weapons use"
