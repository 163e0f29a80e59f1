"""Classes of phrasing read from reader_own52's tune misses and stop 72's list (round r53,
reader57). Every sentence here was written for these tests; none comes from a gold set."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events


def _read(events):
    return [(e.trigger, e.plover_type, [m.text for m in e.source]) for e in events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The Tacna boat owners' club condemned the arrests as piracy.", "condemned"),
        ("The Arica flying club accused Peruvian controllers of ignoring the calls.", "accused"),
        ("Freight operators in both countries urged the two governments to talk.", "urged"),
    ],
)
def test_events_reader_own52_a_club_or_trade_operators_are_the_source(resources, text, trigger):
    # "The ... operators' club condemned ...": the head had no sector, so the act had no source
    # or the place before the head stood in for it (reader_own52 tune)
    events = [e for e in pipeline_events(text, resources) if e.trigger == trigger]
    assert events and any(
        m.text.lower().endswith(("club", "operators")) for e in events for m in e.source
    ), _read(events)


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        (
            "The fishermen's association condemned the arrests as piracy.",
            "condemned",
            "association",
        ),
        ("Peruvian police arrested two Chilean fishermen near Tacna.", "arrested", "police"),
    ],
)
def test_events_reader_own52_other_group_sources_keep_their_reading(
    resources, text, trigger, source
):
    # guards: group nouns already read keep their source
    events = [e for e in pipeline_events(text, resources) if e.trigger == trigger]
    assert events and any(source in m.text for e in events for m in e.source), _read(events)
