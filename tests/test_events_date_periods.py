"""Date phrases dateparser leaves unread: seasons, weekends, quarters and other phrases holding a
year (`events/date_periods.py`), and the side of the published date that "earlier" and "later"
keep (`dates._within_tense`). Phrases written for the tests (stop 41, lead); the published date
is a Wednesday."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.events.dates import resolve_text

WEDNESDAY = date(2025, 10, 15)
SUNDAY = date(2025, 10, 19)


def _iso(text: str, published: date | None = WEDNESDAY):
    resolved = resolve_text(text, published)
    assert resolved is not None
    start, end, precision = resolved
    return (start.isoformat() if start else None, end.isoformat() if end else None, precision)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the autumn of 2021", ("2021-09-01", "2021-11-30", "year")),
        ("summer 2019", ("2019-06-01", "2019-08-31", "year")),
        # a winter runs into the next year
        ("the winter of 2023", ("2023-12-01", "2024-02-29", "year")),
        ("the fourth quarter of 2024", ("2024-10-01", "2024-12-31", "year")),
    ],
)
def test_a_season_or_quarter_of_a_year_spans_its_months(text, expected):
    assert _iso(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("last spring", ("2025-03-01", "2025-05-31", "year")),
        ("next summer", ("2026-06-01", "2026-08-31", "year")),
        ("this winter", ("2025-12-01", "2026-02-28", "year")),
        ("the spring", ("2025-03-01", "2025-05-31", "year")),
    ],
)
def test_a_season_without_a_year_is_read_against_the_published_date(text, expected):
    assert _iso(text) == expected


def test_a_season_without_a_year_or_a_published_date_stays_unknown():
    assert _iso("last autumn", None) == (None, None, "unknown")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("the weekend", WEDNESDAY, ("2025-10-11", "2025-10-12", "week")),
        ("this weekend", WEDNESDAY, ("2025-10-18", "2025-10-19", "week")),
        ("next weekend", WEDNESDAY, ("2025-10-18", "2025-10-19", "week")),
        ("the weekend", SUNDAY, ("2025-10-18", "2025-10-19", "week")),
        # said on a Sunday, "last weekend" is the one before
        ("last weekend", SUNDAY, ("2025-10-11", "2025-10-12", "week")),
    ],
)
def test_a_weekend_is_its_saturday_and_sunday(text, published, expected):
    assert _iso(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("financial year 2022", ("2022-01-01", "2022-12-31", "year")),
        ("from 2015 to 2018", ("2015-01-01", "2018-12-31", "year")),
    ],
)
def test_a_phrase_no_reader_takes_keeps_its_years(text, expected):
    assert _iso(text) == expected


def test_a_phrase_with_a_day_and_a_year_keeps_its_day():
    assert _iso("3 June 2022") == ("2022-06-03", "2022-06-03", "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("earlier this year", ("2025-01-01", "2025-10-15", "year")),
        ("later this month", ("2025-10-15", "2025-10-31", "month")),
        # a day before the published date is not cut
        ("earlier on Monday", ("2025-10-13", "2025-10-13", "day")),
    ],
)
def test_earlier_and_later_keep_their_side_of_the_published_date(text, expected):
    assert _iso(text) == expected


@pytest.mark.slow
def test_an_event_told_in_a_season_is_dated_to_it(resources):
    from realpolitik.model import Document
    from realpolitik.pipeline import analyse_documents

    text = "Government forces recaptured the airport in the summer of 2016."
    doc = Document("t", "t", raw=text, text=text, published=WEDNESDAY)
    (event,) = [e for e in analyse_documents([doc], resources)[0].event_mentions]
    assert (event.date.start, event.date.end, event.date.precision) == (
        "2016-06-01",
        "2016-08-31",
        "year",
    )


@pytest.mark.slow
def test_a_future_period_start_on_a_past_act_dates_what_it_set_up(resources):
    from realpolitik.model import Document
    from realpolitik.pipeline import analyse_documents

    # the fees start next summer; the approval was done by the published date
    text = "The cabinet approved new border fees from next summer."
    doc = Document("t", "t", raw=text, text=text, published=WEDNESDAY)
    events = analyse_documents([doc], resources)[0].event_mentions
    assert events and all(e.date.from_document for e in events)
