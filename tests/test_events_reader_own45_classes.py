"""Classes of phrasing read from reader_own45's tune misses and stop 65's list (round r46,
reader50). Every sentence here was written for these tests; none comes from a gold set."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events


def _read(events):
    return [(e.trigger, e.plover_type, e.polarity) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The three others are still held in a barracks near Gao.",
        "The five others are still being held by soldiers near Bunia.",
    ],
)
def test_events_reader_own45_others_counted_still_held_are_in_custody(resources, text):
    # "The four others are still being held": people counted as "N others" and still held are
    # kept in custody (COERCE 173 through the "hold @person" row), as a bare number is
    events = pipeline_events(text, resources)
    assert any(e.trigger.startswith("held") and e.plover_type == "COERCE" for e in events), _read(events)


def test_events_reader_own45_others_held_without_still_reads_no_custody(resources):
    # guard: "the two others were held" alone could be boats or meetings, and keeps no event
    events = pipeline_events("The two others were held in Niamey last year.", resources)
    assert not any(e.trigger.startswith("held") for e in events), _read(events)


@pytest.mark.parametrize(
    "text",
    [
        "Pirates boarded a tanker off Lomé on Friday, holding its crew of twelve.",
        "Militiamen are holding the trawler's crew at a camp near Kismayo.",
    ],
)
def test_events_reader_own45_a_vessel_crew_held_is_detained(resources, text):
    # "holding its six crew": a vessel's crew (told by a possessive) held are people detained
    # (COERCE 173 through the "hold @person" row); "crew" alone is no person noun
    events = pipeline_events(text, resources)
    assert any(e.trigger.startswith("holding") and e.plover_type == "COERCE" for e in events), _read(events)


def test_events_reader_own45_a_crew_meeting_held_is_no_detention(resources):
    # guard: "crew" as a modifier ("a crew briefing") names no people held
    events = pipeline_events("The airline held its crew briefing in Nairobi on Monday.", resources)
    assert not any(e.plover_type == "COERCE" for e in events), _read(events)


@pytest.mark.parametrize(
    "text",
    [
        "Gendarmes detained five fishermen off Dakhla on Monday. The skipper could be sent home "
        "rather than tried.",
        "Police arrested eight sailors in Mombasa. Their captain will be sent back to Yemen next week.",
    ],
)
def test_events_reader_own45_a_held_boat_master_sent_home_is_deported(resources, text):
    # "the captain could be sent home rather than put on trial": a boat's master sent back or
    # home just after people were held is deported with them (COERCE 174), no aid sent
    events = pipeline_events(text, resources)
    assert any(e.trigger.startswith("sent") and e.plover_type == "COERCE" for e in events), _read(events)


def test_events_reader_own45_a_team_captain_sent_home_is_no_deportation(resources):
    # guard: with no custody act before, a captain sent home keeps today's reading
    events = pipeline_events("The coach was angry. The captain was sent home before the final.", resources)
    assert not any(e.plover_type == "COERCE" for e in events), _read(events)
