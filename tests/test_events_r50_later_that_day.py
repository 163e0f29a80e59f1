"""Issue 9, stop 70 (fuse49): an act told "that night", "that evening" or "hours later", with no
day of its own, takes the one day the sentence before names (`dates._later_that_day`). Before,
such a follow-up under a later report took the report's own date (fusion_own43 and own44 tune).
Every sentence is made up for the test (made-up people, real places)."""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import token_named

from realpolitik.events.dates import resolve_date

PUBLISHED = date(2026, 5, 13)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Soldiers raided the cattle market in Kindia on Monday, traders said. Troops detained "
         "nine herders that evening.", "detained"),
        ("Students occupied the rector's office in Kankan on Monday, a lecturer said. The "
         "building was cleared by gendarmes that night.", "cleared"),
        ("Soldiers raided the cattle market in Kindia on Monday, traders said. A curfew was "
         "imposed on the town a few hours later.", "imposed"),
        # an undated sentence between is skipped, as for "the next day"
        ("Soldiers raided the cattle market in Kindia on Monday, traders said. Several stalls "
         "were burned. Hours later, troops arrested the market's chairman.", "arrested"),
    ],
)  # fmt: skip
def test_an_act_told_that_night_takes_the_day_of_the_sentence_before(nlp, text, trigger):
    doc = nlp(text)
    token = token_named(doc, trigger)
    info = resolve_date(token.sent, token, PUBLISHED)
    assert (info.start, info.from_document) == ("2026-05-11", False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentence's own day: that day's evening, as before
        ("Soldiers raided the cattle market in Kindia on Monday, traders said. Troops detained "
         "nine herders on Tuesday evening.", "2026-05-12"),
        # no day named before: the report's date, as before
        ("Soldiers raided the cattle market in Kindia, traders said. Troops detained nine "
         "herders that evening.", "2026-05-13"),
        # two days named before: which one is not told
        ("Soldiers raided markets in Kindia on Monday and in Mamou on Tuesday, traders said. "
         "Troops detained nine herders that evening.", "2026-05-13"),
    ],
)  # fmt: skip
def test_that_evening_without_one_day_before_it_keeps_todays_reading(nlp, text, expected):
    doc = nlp(text)
    token = token_named(doc, "detained")
    assert resolve_date(token.sent, token, PUBLISHED).start == expected
