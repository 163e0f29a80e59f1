"""A day of the month alone ("on the 8th", "on the 24th") is a day of the published month, or of
the month before where that day is still to come (round r36, fuse35: a report under "Thursday 9
June" telling an arrest "on the 8th"). Dateparser read a one-digit ordinal as a month ("the 8th"
as August of the year before) and a later day as a day to come. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import token_named

from realpolitik.events.dates import resolve_date, resolve_text

PUBLISHED = date(2037, 5, 5)  # a Tuesday


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Police arrested four students outside the Kisumu campus on the 3rd, their lawyer, "
         "Amos Otieno, said.", "arrested", date(2037, 5, 3)),
        ("Customs officers seized a cargo ship at Lamu port on the 1st, a senior port "
         "official said.", "seized", date(2037, 5, 1)),
        # a day after the published one is of the month before
        ("Rangers shot two poachers near Tsavo on the 28th, the wildlife service said.", "shot",
         date(2037, 4, 28)),
    ],
)
def test_a_day_of_the_month_alone_is_a_day_of_the_published_month(
    nlp, sentence, trigger, expected
):
    doc = nlp(sentence)
    info = resolve_date(next(iter(doc.sents)), token_named(doc, trigger), PUBLISHED)
    assert (info.start, info.precision) == (expected.isoformat(), "day")


def test_a_day_of_the_month_alone_without_a_published_date_stays_unknown() -> None:
    assert resolve_text("the 8th", None) == (None, None, "unknown")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # guards: a day with its month, and a century, read as before
        ("the 8th of March", (date(2037, 3, 8), date(2037, 3, 8), "day")),
        ("March 8th", (date(2037, 3, 8), date(2037, 3, 8), "day")),
    ],
)
def test_a_day_with_its_month_is_read_as_before(phrase, expected) -> None:
    assert resolve_text(phrase, PUBLISHED) == expected
