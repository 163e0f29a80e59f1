"""Round r51 (issue 9, stop 71, helper "acled54"): classes of phrasing from own52's tune misses.
People told by what they are "opposed to" who wreck or burn property are demonstrators turned
violent; someone found with bullet or gunshot wounds is the aftermath of an attack. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.eval.case import snippet_type

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Herders opposed to a ranch concession torched the company's lorries and smashed its "
        "office windows on Friday.",
        "Residents opposed to the landfill set fire to the council's office and two of its "
        "trucks on Monday.",
        "Traders opposed to the new market fees smashed the windows of the town hall on Tuesday, "
        "police said.",
    ],
)
def test_people_opposed_to_a_plan_who_wreck_property_are_a_violent_demonstration(analyse, text):
    assert snippet_type(analyse(text)) == "Violent demonstration"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen opposed to the peace deal torched two buses and a police station on Friday.",
        "Villagers torched two company lorries near the mine on Wednesday, police said.",
    ],
)
def test_armed_men_opposed_to_a_deal_or_a_crowd_with_no_stance_keep_their_reading(analyse, text):
    assert snippet_type(analyse(text)) == "Looting/property destruction"


@pytest.mark.parametrize(
    "text",
    [
        "A farmers' union leader was found beside a canal near Kisumu on Monday with gunshot "
        "wounds to the head, his family said.",
        "The missing teacher was found in a maize field on Sunday with bullet wounds in her "
        "chest, police said.",
    ],
)
def test_someone_found_with_bullet_wounds_is_an_attack(analyse, text):
    assert snippet_type(analyse(text)) == "Attack"


def test_someone_found_with_injuries_not_told_shot_is_no_event(analyse):
    text = "A missing hiker was found with leg injuries at the bottom of a ravine on Sunday."
    assert snippet_type(analyse(text)) == "none"
