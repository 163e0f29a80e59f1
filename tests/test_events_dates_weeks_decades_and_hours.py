"""A week of a month at "week" precision, the part of a decade at "year", and a named day inside a
time-of-day phrase or outside every entity (`events/date_periods.week_of_month`,
`date_periods.decade_part`, `dates._date_phrases`). Phrases written for the tests (stop 42, lead;
the classes came from probes with other sentences); the published date is a Wednesday."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.events.dates import resolve_text
from realpolitik.model import Document
from realpolitik.pipeline import analyse_documents

WEDNESDAY = date(2025, 10, 15)


def _iso(text: str, published: date | None = WEDNESDAY):
    resolved = resolve_text(text, published)
    assert resolved is not None
    start, end, precision = resolved
    return (start.isoformat() if start else None, end.isoformat() if end else None, precision)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the second week of March 2023", ("2023-03-08", "2023-03-14", "week")),
        ("the final week of February 2024", ("2024-02-23", "2024-02-29", "week")),
        # no year: the latest such month by the published date
        ("the third week of September", ("2025-09-15", "2025-09-21", "week")),
        ("the fourth week of November", ("2024-11-22", "2024-11-28", "week")),
    ],
)
def test_a_week_of_a_month_is_its_seven_days(text, expected):
    assert _iso(text) == expected


def test_a_week_of_a_month_without_a_year_or_published_date_stays_unknown():
    assert _iso("the first week of June", None) == (None, None, "unknown")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the early 1980s", ("1980-01-01", "1983-12-31", "year")),
        ("the mid-2010s", ("2013-01-01", "2016-12-31", "year")),
        ("the late 1960s", ("1966-01-01", "1969-12-31", "year")),
        ("the 1970s", ("1970-01-01", "1979-12-31", "year")),
    ],
)
def test_a_part_of_a_decade_is_its_years(text, expected):
    assert _iso(text) == expected


@pytest.mark.parametrize(
    "text",
    ["the wee hours of Monday", "the early hours of Monday morning", "Monday evening"],
)
def test_an_hour_of_a_named_day_is_that_day(text):
    assert _iso(text) == ("2025-10-13", "2025-10-13", "day")


def _dates(text, resources):
    doc = Document("t", "t", raw=text, text=text, published=WEDNESDAY)
    events = analyse_documents([doc], resources)[0].event_mentions
    return {e.trigger: (e.date.start, e.date.precision) for e in events}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the recogniser labels these TIME, or leaves the day outside its phrase
        ("Militants ambushed a convoy on Sunday night near the border.", "ambushed", "2025-10-12"),
        ("Drones hit the depot in the early hours of Saturday.", "hit", "2025-10-11"),
        ("Troops raided the camp in the small hours of 2 October.", "raided", "2025-10-02"),
        # a week of a month that holds a year is no length of time
        ("Fighting flared in the first week of August 2024.", "Fighting", "2024-08-01"),
    ],
)
def test_acts_take_the_day_of_an_hour_phrase_and_the_week_of_a_month(
    resources, text, trigger, expected
):
    assert _dates(text, resources)[trigger][0] == expected
