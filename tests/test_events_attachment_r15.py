"""Who did it to whom and the main event, round r15 (args19), on sentences written for the test
(not the own held-out or PLOVER sentences whose misses prompted the classes): a visitor who
arrives or is due in a place for a visit."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow


def _countries(mentions):
    return {m.country for m in mentions}


def _consult(events):
    return next(e for e in events if e.plover_type == "CONSULT")


@pytest.mark.parametrize(
    ("text", "guest", "host"),
    [
        ("The Chilean president arrived in Canberra on Tuesday for a three-day visit.", "CHL", "AUS"),
        ("Mongolia's prime minister is due in Seoul on Friday for a two-day state visit.", "MNG", "KOR"),
        ("The Kenyan foreign minister landed in Addis Ababa for a one-day visit.", "KEN", "ETH"),
        ("The Peruvian foreign minister flew to Quito on Monday for a two-day visit.", "PER", "ECU"),
    ],
)  # fmt: skip
def test_events_r15_a_visitor_arriving_in_a_place_for_a_visit_visits_its_state(
    resources, text, guest, host
):
    visit = _consult(pipeline_events(text, resources))
    assert guest in _countries(visit.source), visit.source
    assert host in _countries(visit.target), visit.target


def test_events_r15_an_arrival_for_talks_names_no_host(resources):
    # a city where talks are held may be a venue, not a party
    text = "The Italian president arrived in Geneva for talks on Monday."
    visit = _consult(pipeline_events(text, resources))
    assert "CHE" not in _countries(visit.target), visit.target


@pytest.mark.parametrize(
    ("text", "group", "act"),
    [
        ("The ONLF, a rebel group in the Ogaden, said its fighters had killed twelve Ethiopian soldiers.", "ONLF", "killed"),
        ("The CNRD, an armed movement in southern Chad, said its men had ambushed a Chadian army convoy.", "CNRD", "ambushed"),
        ("The FNLC, a separatist movement on Corsica, said its fighters had bombed two French police stations.", "FNLC", "bombed"),
    ],
)  # fmt: skip
def test_events_r15_a_described_acronym_group_acts_through_its_fighters(
    resources, text, group, act
):
    events = pipeline_events(text, resources)
    hit = next(e for e in events if e.trigger == act)
    assert [a.text for a in hit.source] == [group], hit.source


def test_events_r15_a_states_own_soldiers_stay_the_actor(resources):
    text = "The Ugandan army said its soldiers had killed four rebels near the Congolese border."
    events = pipeline_events(text, resources)
    hit = next(e for e in events if e.trigger == "killed")
    assert {a.country for a in hit.source} == {"UGA"}, hit.source
