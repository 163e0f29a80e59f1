"""Round r37 (issue 9, helper "acled40"): classes of phrasing from own38's tune misses and the
leftovers of stop 56. A crowd (residents, students, villagers) that "set fire to" an office, a
bus or a house, told after a road blockade, is a riot, the codebook's violent demonstration, no
property destruction by a group. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import first_sentence

from realpolitik.eval.case import snippet_type
from realpolitik.events.acled_crowd_damage import reads_crowd_rampage

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

