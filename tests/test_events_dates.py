"""Event dates: the date phrase of the trigger's clause, resolved against the published date."""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import token_named

from realpolitik.events.dates import resolve_date, resolve_text

WEDNESDAY = date(2025, 1, 15)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("January 30", date(2023, 2, 20), (date(2023, 1, 30), date(2023, 1, 30), "day")),
        ("January 30", date(2023, 1, 15), (date(2022, 1, 30), date(2022, 1, 30), "day")),
        ("January 30", None, (None, None, "unknown")),  # no invented year
        ("September 12, 2021", None, (date(2021, 9, 12), date(2021, 9, 12), "day")),
        ("September 2021", None, (date(2021, 9, 1), date(2021, 9, 30), "month")),
        ("2021", None, (date(2021, 1, 1), date(2021, 12, 31), "year")),
        ("the 1990s", None, (date(1990, 1, 1), date(1999, 12, 31), "year")),
        ("Monday", WEDNESDAY, (date(2025, 1, 13), date(2025, 1, 13), "day")),
        ("Wednesday", WEDNESDAY, (WEDNESDAY, WEDNESDAY, "day")),  # on or before published
        ("last Wednesday", WEDNESDAY, (date(2025, 1, 8), date(2025, 1, 8), "day")),
        ("earlier on Sunday", WEDNESDAY, (date(2025, 1, 12), date(2025, 1, 12), "day")),
        ("Monday night", WEDNESDAY, (date(2025, 1, 13), date(2025, 1, 13), "day")),
        ("Monday", None, (None, None, "unknown")),
        ("last week", WEDNESDAY, (date(2025, 1, 6), date(2025, 1, 12), "week")),
        ("mid-August", WEDNESDAY, (date(2024, 8, 1), date(2024, 8, 31), "month")),
        # "earlier": the span ends by the published date (stop 41)
        ("earlier this month", WEDNESDAY, (date(2025, 1, 1), date(2025, 1, 15), "month")),
        ("yesterday", WEDNESDAY, (date(2025, 1, 14), date(2025, 1, 14), "day")),
        ("last year", WEDNESDAY, (date(2024, 1, 1), date(2024, 12, 31), "year")),
        ("the same day", WEDNESDAY, None),
    ],
)
def test_events_dates_resolve_text(text, published, expected):
    assert resolve_text(text, published) == expected


CASES = [
    # seeds
    ("The latest terrorist attack by the group was on January 30 at a mosque in Peshawar.", "attack", None,
     (None, None, "unknown", "January 30", False)),
    ("The latest terrorist attack by the group was on January 30 at a mosque in Peshawar.", "attack", date(2023, 2, 20),
     ("2023-01-30", "2023-01-30", "day", "January 30", False)),
    ("The Three Brothers – 2021 exercise was launched on September 12, 2021, and lasted 8 days.", "launched", None,
     ("2021-09-12", "2021-09-12", "day", "September 12, 2021", False)),
    ("Rahmon met Malik in Dushanbe on Monday.", "met", WEDNESDAY,
     ("2025-01-13", "2025-01-13", "day", "Monday", False)),
    ("The raid followed a deadly bombing at a Kabul mosque earlier on Sunday that killed five civilians.", "bombing", WEDNESDAY,
     ("2025-01-12", "2025-01-12", "day", "Sunday", False)),
    # the clause's own date wins over a nearer one of another clause
    ("Clashes erupted last week, and in September 2021 the group was formed; earlier this month talks resumed.", "formed", WEDNESDAY,
     ("2021-09-01", "2021-09-30", "month", "September 2021", False)),
    ("Clashes erupted last week, and in September 2021 the group was formed; earlier this month talks resumed.", "resumed", WEDNESDAY,
     ("2025-01-01", "2025-01-15", "month", "earlier this month", False)),
    # a year spaCy calls CARDINAL; lengths of time and ages are not dates
    ("The Taliban took power in 2021 and have ruled for more than three years.", "took", None,
     ("2021-01-01", "2021-12-31", "year", "2021", False)),
    ("In the past two decades, the 54-year-old leader visited Kabul in mid-August.", "visited", WEDNESDAY,
     ("2024-08-01", "2024-08-31", "month", "mid-August", False)),
    # a date phrase of another word is not the act's: a possessive, the start of a period hung
    # on another word, the verb of a clause describing a noun (round r8, fusion)
    ("The union complained to the ministry about Monday's dismissals.", "complained", WEDNESDAY,
     ("2025-01-15", "2025-01-15", "day", None, True)),
    ("The union complained to the ministry about Monday's dismissals.", "dismissals", WEDNESDAY,
     ("2025-01-13", "2025-01-13", "day", "Monday", False)),
    ("The ministry proposed weekly trains between the two cities from next spring.", "proposed", WEDNESDAY,
     ("2025-01-15", "2025-01-15", "day", None, True)),
    ("The rebels released the hostages they seized on Sunday.", "released", WEDNESDAY,
     ("2025-01-15", "2025-01-15", "day", None, True)),
    ("The rebels released the hostages they seized on Sunday.", "seized", WEDNESDAY,
     ("2025-01-12", "2025-01-12", "day", "Sunday", False)),
    # an act dated by an offset from the sentence's earlier date; the earlier act keeps its own
    ("Police raided the office on Monday and questioned its director two days later.", "questioned", WEDNESDAY,
     ("2025-01-15", "2025-01-15", "day", "two days later", False)),
    ("Police raided the office on Monday and questioned its director two days later.", "raided", WEDNESDAY,
     ("2025-01-13", "2025-01-13", "day", "Monday", False)),
    ("Soldiers closed the bridge on Saturday and reopened it the next day.", "reopened", WEDNESDAY,
     ("2025-01-12", "2025-01-12", "day", "the next day", False)),
    ("Soldiers closed the bridge on Saturday and reopened it the next day.", "closed", WEDNESDAY,
     ("2025-01-11", "2025-01-11", "day", "Saturday", False)),
    ("The group welcomed the release of the mayor on Sunday and the arrest of his rival a day later.", "arrest", WEDNESDAY,
     ("2025-01-13", "2025-01-13", "day", "a day later", False)),
    ("The group welcomed the release of the mayor on Sunday and the arrest of his rival a day later.", "release", WEDNESDAY,
     ("2025-01-12", "2025-01-12", "day", "Sunday", False)),
    # no date in the sentence: the document's
    ("The Taliban closed the crossing.", "closed", WEDNESDAY, ("2025-01-15", "2025-01-15", "day", None, True)),
    ("The Taliban closed the crossing.", "closed", None, (None, None, "unknown", None, True)),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "trigger", "published", "expected"), CASES)
def test_events_dates_resolve_date(nlp, sentence, trigger, published, expected):
    doc = nlp(sentence)
    info = resolve_date(next(iter(doc.sents)), token_named(doc, trigger), published)
    assert (info.start, info.end, info.precision, info.text, info.from_document) == expected
