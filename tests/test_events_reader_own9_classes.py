"""Classes the reader_own9 tune articles lacked (issue 9, round r10): a unit or a vehicle that
"came under fire" was shot at; a crossing that "will reopen" is a restriction eased; people pushed
towards a border are expelled; air defence moved is a show of force; an incursion into airspace
or waters (and its denial); "Its minister" after a state's sentence is that state's; an act a law
"would let" a party do, talks a party is forced "into" under a hope, and drills announced
"starting on" a day are not done. Every text here was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "An army convoy came under fire near the river on Sunday, the ministry said.",
        "One of the coast guard's boats came under fire from the far bank late on Monday.",
        "The coast guard said two of its boats, which were escorting a tanker near the strait, "
        "came under fire on Friday.",
    ],
)
def test_a_unit_or_vehicle_that_came_under_fire_was_shot_at(analyse, text):
    assert event_on(analyse(text), "came").plover_type == "ASSAULT"


def test_a_minister_who_came_under_fire_was_criticised(analyse):
    text = "The finance minister came under fire from opposition lawmakers over the budget."
    event = event_on(analyse(text), "came")
    assert event.plover_type == "ACCUSE"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Officials in Lagos said the bridge would reopen next week.", "reopen"),
        ("Negotiators in Ankara discussed reopening the transit of grain through the port.", "reopening"),
    ],
)
def test_a_crossing_or_transit_reopened_is_a_restriction_eased(analyse, text, word):
    assert event_on(analyse(text), word).plover_type == "CONCEDE"


def test_people_pushed_towards_a_border_are_expelled(analyse):
    text = "Last year border troops pushed hundreds of asylum seekers towards the river at night."
    assert event_on(analyse(text), "pushed").plover_type == "COERCE"
    appeal = "The envoy pushed the council towards a compromise."
    assert event_on(analyse(appeal), "pushed").plover_type != "COERCE"


def test_moving_a_missile_battery_is_a_show_of_force(analyse):
    text = "The navy moved a missile battery to the island on Friday."
    assert event_on(analyse(text), "moved").plover_type == "MOBILIZE"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Two Russian warplanes entered Estonian airspace on Sunday, the army said.", "entered"),
        ("A military drone crossed the border near the lake on Friday.", "crossed"),
    ],
)
def test_an_incursion_by_aircraft_is_a_military_move(analyse, text, word):
    assert event_on(analyse(text), word).plover_type == "MOBILIZE"


def test_an_incursion_denied_is_a_denial_told(analyse):
    events = analyse("The navy said that no Chinese vessel had entered Vietnam's waters.")
    assert event_on(events, "said").plover_type == "REJECT"
    assert event_on(events, "entered").polarity == "negated"


def test_its_minister_after_a_states_sentence_is_that_states(analyse):
    text = (
        "Chile said on Monday it would recall its ambassador from Peru. Its foreign minister, "
        "Ana Rojas, later flew to Quito."
    )
    event = event_on(analyse(text), "flew")
    assert [a.country for a in event.source] == ["CHL"]


@pytest.mark.parametrize(
    ("text", "word", "polarity"),
    [
        (
            "The cabinet approved a decree that would let the army close the northern border for "
            "a month.",
            "close",
            "hypothetical",
        ),
        ("Analysts said the junta hoped to force the rebels into talks on a ceasefire.", "talks", "intended"),
        ("In 2019 the blockade forced the government into talks with the strikers.", "talks", "asserted"),
        (
            "The ministry has announced military drills near the frontier starting on Thursday, "
            "involving 2,000 soldiers.",
            "drills",
            "intended",
        ),
    ],
)
def test_acts_a_law_would_let_a_hope_forces_or_an_announcement_dates_are_not_done(
    analyse, text, word, polarity
):
    assert event_on(analyse(text), word).polarity == polarity


@pytest.mark.parametrize(
    ("text", "verb", "act", "source"),
    [
        ("Moscow responded with sanctions on Estonian timber.", "responded", "sanctions", "RUS"),
        ("Kenya reacted by closing its embassy in Mogadishu.", "reacted", "closing", "KEN"),
    ],
)
def test_the_act_answered_with_is_the_event_of_the_answering_party(analyse, text, verb, act, source):
    events = analyse(text)
    assert not [e for e in events if e.trigger.split()[0] == verb]
    assert [a.country for a in event_on(events, act).source] == [source]


def test_responding_with_force_keeps_its_own_reading(analyse):
    events = analyse("Tehran said it would respond with full force.")
    assert event_on(events, "respond").plover_type == "ASSAULT"


def test_a_crash_is_no_act(analyse):
    assert not [e for e in analyse("A cargo plane crashed near the airport on Sunday.") if e.trigger.startswith("crash")]


def test_naming_a_culprit_is_blame_and_without_it_none(analyse):
    named = event_on(analyse("Police named the perpetrators of the raid on Friday."), "named")
    assert named.plover_type == "ACCUSE" and named.polarity == "asserted"
    text = "The council's statement condemned the bombing without naming a culprit."
    unnamed = event_on(analyse(text), "naming")
    assert unnamed.plover_type == "ACCUSE" and unnamed.polarity == "negated"
