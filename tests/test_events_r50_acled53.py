"""Round r50 (issue 9, stop 70, helper "acled53"): classes of phrasing from own51's and own50's
tune misses. An aircraft told bombing or strafing is an air strike; one who died in, or was
killed by, the blast he set off is a suicide bomber; a crowd at or after a match that presses no
demand is no ACLED event. Sentences written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.eval.case import snippet_type

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Two fighter planes strafed a convoy of lorries carrying refugees, killing eleven, a "
        "relief worker said.",
        "Four farmers working in a paddy field died on Monday when a military plane bombed the "
        "area near the river, their relatives said.",
    ],
)
def test_an_aircraft_told_bombing_or_strafing_is_an_air_strike(analyse, text):
    assert snippet_type(analyse(text)) == "Air/drone strike"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Unknown men bombed a bar in the town centre on Saturday, killing three drinkers.", "Attack"),
        ("A suicide bomber struck a market in the town, killing nine shoppers.", "Suicide bomb"),
    ],
)
def test_bombing_by_people_on_the_ground_keeps_its_reading(analyse, text, label):
    assert snippet_type(analyse(text)) == label


@pytest.mark.parametrize(
    "text",
    [
        "A young woman joined the queue at the food distribution point and died with nine others "
        "in the explosion she set off, officials said.",
        "The man who walked up to the army checkpoint was killed by the bomb he detonated, along "
        "with three soldiers.",
    ],
)
def test_one_who_died_in_the_blast_he_set_off_is_a_suicide_bomber(analyse, text):
    assert snippet_type(analyse(text)) == "Suicide bomb"


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers died in the blast the militants set off under the bridge, the army said.",
        "A farmer died when his plough struck a buried mine at the edge of the village.",
    ],
)
def test_a_blast_set_off_by_others_stays_a_remote_explosive(analyse, text):
    assert snippet_type(analyse(text)) == "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of football fans poured into the streets of the capital on Saturday night "
        "after Ghana beat Nigeria in the cup final, dancing and honking car horns until dawn.",
        "Supporters filled the main square after their team defeated the champions in the "
        "league, singing and waving flags.",
        "Crowds of fans packed the avenue outside the stadium after the national side won the "
        "tournament, blowing whistles until midnight.",
    ],
)
def test_a_crowd_after_a_match_pressing_no_demand_is_no_event(analyse, text):
    assert snippet_type(analyse(text)) == "none"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Hundreds of fans gathered outside the stadium demanding the sacking of the coach "
            "after the defeat.",
            "Peaceful protest",
        ),
        (
            "Fans rioted after the match, smashing shop windows and burning cars.",
            "Violent demonstration",
        ),
    ],
)
def test_fans_with_a_demand_or_violence_keep_their_reading(analyse, text, label):
    assert snippet_type(analyse(text)) == label
