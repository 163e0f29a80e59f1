"""Classes of phrasing read from reader_own44's tune misses and stop 64's list (round r45,
reader49). Every sentence here was written for these tests; none comes from a gold set."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events


def _read(events):
    return [(e.trigger, e.plover_type, e.polarity) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The two suspects will appear before a magistrate in Lilongwe on Tuesday.",
        "The lorry driver is due to go before a judge in Bamako next week.",
    ],
)
def test_events_reader_own44_a_hearing_to_come_is_the_court_act_not_done(resources, text):
    # "will go before a Pskov judge": going or appearing before a judge, a magistrate or a court
    # is being brought to court (COERCE 173, as CAMEO's "appear before court" row reads), and a
    # future one is done to the subject, no threat of its own (framing.undergone)
    events = pipeline_events(text, resources)
    assert any(e.plover_type == "COERCE" and e.polarity != "asserted" for e in events), _read(events)
    assert not any(e.plover_type == "THREATEN" for e in events), _read(events)


@pytest.mark.parametrize(
    "text",
    [
        "The minister will appear before a parliamentary committee on Monday.",
        "The band will appear before a large crowd in Accra on Saturday.",
    ],
)
def test_events_reader_own44_appearing_before_others_is_no_hearing(resources, text):
    # guard: before a committee or a crowd no court act is read
    assert not any(e.plover_type == "COERCE" for e in pipeline_events(text, resources))


@pytest.mark.parametrize(
    "text",
    [
        "The other four are still held in a barracks near Kayes.",
        "The remaining three are still being held by gendarmes in Kidal.",
    ],
)
def test_events_reader_own44_a_number_still_held_is_in_custody(resources, text):
    # "The remaining three are still being held": a bare number still held is people kept in
    # custody (COERCE 173 through the "hold @person" row); it read no event
    events = pipeline_events(text, resources)
    assert any(e.trigger.startswith("held") and e.plover_type == "COERCE" for e in events), _read(events)


def test_events_reader_own44_a_number_held_without_still_reads_no_custody(resources):
    # guard: "two were held" alone could be boats or meetings, and keeps no event
    events = pipeline_events("Two were held in Bamako last year.", resources)
    assert not any(e.trigger.startswith("held") for e in events), _read(events)
