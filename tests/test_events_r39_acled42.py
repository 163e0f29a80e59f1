"""Round r39 (issue 9, helper "acled42"): classes of phrasing from own40's tune misses. People
not heard from since armed men stopped or took them are missing at the armed men's hands, an
abduction, where a person not heard from since a journey stays no event. A written notice of an
armed side (leaflets, pamphlets, notices) ordering, warning or declaring something, with no
violence told done, is propaganda: no ACLED event, where leaflets left beside people shot dead,
or rebels who handed out leaflets and attacked a post, stay violence. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from realpolitik.eval.case import snippet_type

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Relatives said on Tuesday they had not heard from three surveyors since gunmen stopped "
        "their car near Kasese on Saturday.",
        "Their employer said it had not heard from the two drivers since armed men flagged down "
        "their lorry outside Bangassou on Thursday.",
    ],
)
def test_people_not_heard_from_since_armed_men_stopped_them_are_abducted(analyse, text):
    assert snippet_type(analyse(text)) == "Abduction/forced disappearance"


def test_a_person_not_heard_from_since_a_journey_is_no_abduction(analyse):
    text = (
        "The family said they had not heard from their son since he travelled to the capital for "
        "work in March."
    )
    assert snippet_type(analyse(text)) == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Pamphlets signed by a rebel movement were pushed under doors in Bouar on Friday, "
        "ordering shops to close by 6 pm and warning that violators would be punished, residents "
        "said.",
        "A jihadist group posted notices on mosque doors in Djibo ordering women to wear veils "
        "and threatening anyone who disobeyed, residents said.",
        "The militia's leaflets, dropped in the market of Kaga Bandoro overnight, ordered traders "
        "to pay a monthly levy and declared the road to Batangafo closed.",
    ],
)
def test_an_armed_groups_notice_ordering_or_warning_is_no_acled_event(analyse, text):
    assert snippet_type(analyse(text)) == "none"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Leaflets signed by a rebel movement were found beside the bodies of two villagers "
            "shot dead overnight near Bouar, residents said.",
            "Attack",
        ),
        (
            "Rebels who handed out leaflets warning traders to pay a levy attacked a police post "
            "in Kaga Bandoro on Friday, killing two officers.",
            "Armed clash",
        ),
    ],
)
def test_leaflets_told_beside_violence_done_leave_the_violence(analyse, text, label):
    assert snippet_type(analyse(text)) == label
