"""Issue 9, stop 71 (fuse50): an act told "overnight", with no day of its own, takes the one day
the sentence before names, as "that night" does (`dates._later_that_day`, `overnight_words`).
Before, such a follow-up took its report's date (fusion_own45 tune). Every sentence is made up
for the test (made-up people, real places)."""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import token_named

from realpolitik.events.dates import resolve_date

PUBLISHED = date(2026, 5, 13)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Militiamen looted the grain store in Gao on Monday, elders said. Soldiers detained "
         "eleven men overnight.", "detained"),
        ("Dockers occupied the ferry terminal in Mtwara on Monday, a union said. The terminal "
         "was cleared by police overnight.", "cleared"),
        ("Herders burned two granaries near Kayes on Monday, a mayor said. Overnight, gendarmes "
         "arrested the village chief.", "arrested"),
    ],
)  # fmt: skip
def test_an_act_told_overnight_takes_the_day_of_the_sentence_before(nlp, text, trigger):
    doc = nlp(text)
    token = token_named(doc, trigger)
    info = resolve_date(token.sent, token, PUBLISHED)
    assert (info.start, info.from_document) == ("2026-05-11", False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no day named before: the report's date, as before
        ("Militiamen looted the grain store in Gao, elders said. Soldiers detained eleven men "
         "overnight.", "2026-05-13"),
        # two days named before: which one is not told
        ("Militiamen looted stores in Gao on Monday and in Ansongo on Tuesday, elders said. "
         "Soldiers detained eleven men overnight.", "2026-05-13"),
        # the sentence's own day
        ("Militiamen looted the grain store in Gao on Monday, elders said. Soldiers detained "
         "eleven men overnight on Tuesday.", "2026-05-12"),
    ],
)  # fmt: skip
def test_overnight_without_one_day_before_it_keeps_todays_reading(nlp, text, expected):
    doc = nlp(text)
    token = token_named(doc, "detained")
    assert resolve_date(token.sent, token, PUBLISHED).start == expected
