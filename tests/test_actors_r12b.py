"""Parties the actors stage missed, round r12b, on sentences written for the test (not the own
held-out or PLOVER sentences whose misses prompted the classes): a ruler's title, leaders of
gangs and cartels, civilian vessels, hacking groups, armed groups, bus drivers, the opposition named by a thing
of its own ("an opposition petition"), and "the North" / "the South" standing for
the other half of a divided state."""

from __future__ import annotations

import pytest
from actor_helpers import actors_in, by_text
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "phrase", "sector"),
    [
        ("The sultan pardoned forty prisoners on the eve of the holiday.", "sultan", "GOV"),
        ("Police arrested a gang leader in the port city on Friday.", "gang leader", "REB"),
        ("Marines captured a cartel boss hiding in a ranch.", "cartel boss", "REB"),
        ("A drone hit a container ship off the coast on Monday.", "container ship", "BUS"),
        ("The navy detained a fishing boat and its crew.", "fishing boat", "BUS"),
        ("Officials blamed a hacking group for the outage at the airport.", "hacking group", "CVL"),
        ("Armed groups burned three villages overnight.", "Armed groups", "REB"),
        ("Police dispersed bus drivers blocking the ring road.", "bus drivers", "CVL"),
        ("Troops exchanged fire with an armed faction near the dam.", "armed faction", "REB"),
    ],
)  # fmt: skip
def test_actors_r12b_role_words_the_index_lacked_are_generic_actors(nlp, text, phrase, sector):
    mentions, _ = actors_in(nlp, text)
    assert by_text(mentions, phrase).sector == sector


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Seoul accused the North of sending balloons over the border.", "PRK"),
        ("South Korea offered to reopen a hotline with the North.", "PRK"),
        ("Sudan and the South agreed on new oil transit fees.", "SSD"),
        ("North Korea said the South had fired artillery near the islands.", "KOR"),
    ],
)  # fmt: skip
def test_actors_r12b_the_north_or_south_is_the_other_half_of_a_divided_state(nlp, text, state):
    mentions, _ = actors_in(nlp, text)
    half = next(m for m in mentions if m.text in {"North", "South"})
    assert (half.actor_id, half.country) == (state, state)


@pytest.mark.parametrize(
    "text",
    [
        "Heavy rain flooded villages in the South of France.",
        "The opposition candidate won most votes in the North, the electoral board said.",
        "Tourists crowded the beaches of the South this summer.",
    ],
)  # fmt: skip
def test_actors_r12b_the_north_or_south_with_no_divided_state_named_is_no_party(nlp, text):
    mentions, _ = actors_in(nlp, text)
    assert not [m for m in mentions if m.text in {"North", "South"}]


def test_actors_r12b_the_north_is_the_target_of_an_offer_of_talks(resources):
    events = pipeline_events("Seoul proposed talks with the North on family reunions.", resources)
    assert any({a.country for a in e.target} == {"PRK"} for e in events), events


def test_actors_r12b_an_opposition_thing_names_the_opposition_as_the_party_acted_on(resources):
    text = "An opposition motion to censure the cabinet was rejected by Malawi's parliament."
    events = pipeline_events(text, resources)
    assert any(
        {a.text for a in e.target} == {"opposition"} and {a.country for a in e.source} == {"MWI"}
        for e in events
    ), events


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Opposition deputies boycotted the session on Tuesday.", "Opposition deputies"),
        ("The opposition alliance rejected the budget.", "opposition alliance"),
    ],
)  # fmt: skip
def test_actors_r12b_an_opposition_party_phrase_stays_one_mention(nlp, text, phrase):
    mentions, _ = actors_in(nlp, text)
    assert not [m for m in mentions if m.text.lower() == "opposition"]
