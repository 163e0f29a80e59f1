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
