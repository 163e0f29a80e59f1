"""Round r49 (issue 9, stop 69, helper "acled52"): classes of phrasing from own49's tune misses
and stop 65-68's leftovers. A crowd at a funeral that presses no demand is no ACLED event; people
told as gathered, broken up by a state force with no violence of their own, are a protest with
intervention; people wearing armbands or ribbons with a demand protest. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from realpolitik.eval.case import snippet_type

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of mourners filled the streets of the capital on Sunday behind the coffin of a "
        "famous footballer, singing his club's songs.",
        "Crowds filled the streets of the old town as the body of the former archbishop was "
        "carried to the cathedral for burial.",
        "Thousands of people gathered in the main square for the burial of the chief, who died "
        "after a long illness, and sang hymns until dusk.",
    ],
)
def test_a_crowd_at_a_funeral_pressing_no_demand_is_no_event(analyse, text):
    assert snippet_type(analyse(text)) == "none"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Mourners at the funeral of a student shot by police chanted slogans against the "
            "governor and marched to his office.",
            "Peaceful protest",
        ),
        (
            "Thousands of mourners marched behind the coffin of the slain activist on Sunday, "
            "demanding justice for his killing.",
            "Peaceful protest",
        ),
        ("Gunmen opened fire on mourners at a funeral in the village, killing four.", "Attack"),
    ],
)
def test_a_funeral_with_a_demand_or_violence_keeps_its_reading(analyse, text, label):
    assert snippet_type(analyse(text)) == label


@pytest.mark.parametrize(
    "text",
    [
        "Gendarmes scattered dozens of fishermen who had assembled outside the prefecture, "
        "swinging batons and firing tear gas.",
        "Troops dispersed hundreds of miners who had gathered at the gates of the company to "
        "demand unpaid bonuses, firing tear gas into the air.",
    ],
)
def test_people_gathered_broken_up_quietly_are_a_protest_with_intervention(analyse, text):
    assert snippet_type(analyse(text)) == "Protest with intervention"


@pytest.mark.parametrize(
    "text",
    [
        "Police dispersed youths who had gathered at the junction and were hurling stones at "
        "passing cars, firing tear gas.",
        "Police fired tear gas to disperse traders who had gathered outside the council and set "
        "fire to its gate.",
    ],
)
def test_gatherers_who_throw_or_burn_stay_a_violent_demonstration(analyse, text):
    assert snippet_type(analyse(text)) == "Violent demonstration"


@pytest.mark.parametrize(
    "text",
    [
        "Nurses at the district hospital wore red ribbons on their uniforms on Monday to demand the "
        "payment of six months of arrears.",
        "Teachers in the northern district wore black armbands to their classes on Monday over "
        "salaries that have gone unpaid since March.",
    ],
)
def test_people_wearing_a_sign_with_a_demand_are_a_peaceful_protest(analyse, text):
    assert snippet_type(analyse(text)) == "Peaceful protest"


@pytest.mark.parametrize(
    "text",
    [
        "Fans wore red scarves to the stadium on Sunday to support their team.",
        "Nurses wore red ribbons on Monday to mark world AIDS day.",
    ],
)
def test_people_wearing_colours_with_no_demand_stay_none(analyse, text):
    assert snippet_type(analyse(text)) == "none"
