"""Issue 9, stop 71 (fuse50): a wire's date line that names its town's country ("KAYES, Mali,
May 13, 2026 (Sahel Wire) -") is a date line: its day is not a day its sentence names, so a
follow-up told "that evening" or "the next day" goes on from the act's own day
(`dates._DATE_LINE_BEFORE`). Before, only "KAYES, May 13" was read so, and the sentence after a
country's date line took its report's date (fusion_own43 tune). Every sentence is made up for
the test (made-up people and outlets, real places)."""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import token_named

from realpolitik.events.dates import resolve_date

PUBLISHED = date(2026, 5, 13)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("GAO, Mali, May 13, 2026 (Niger Bend Wire) - Militiamen looted the grain store in Gao "
         "on Monday, elders said. Soldiers arrested eleven men that evening.", "arrested",
         "2026-05-11"),
        ("MOPTI, Mali, May 13, 2026 (Niger Bend Wire) - Fishermen blocked the river port in "
         "Mopti on Monday, elders said. A day later, soldiers arrested eleven men.", "arrested",
         "2026-05-12"),
        ("GAO, Mali, May 13, 2026 (Niger Bend Wire) - Militiamen looted the grain store in Gao "
         "on Monday, elders said. Eleven men were arrested by soldiers the following day.",
         "arrested", "2026-05-12"),
    ],
)  # fmt: skip
def test_a_country_date_line_is_not_a_day_the_sentence_names(nlp, text, trigger, expected):
    doc = nlp(text)
    token = token_named(doc, trigger)
    info = resolve_date(token.sent, token, PUBLISHED)
    assert (info.start, info.from_document) == (expected, False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date line with no country: read so before and after
        ("KAYES, May 13, 2026 (Sahel Wire) - Herders burned two granaries near Kayes on Monday, "
         "a mayor said. Gendarmes detained four men that evening.", "2026-05-11"),
        # a sentence that names a town and its country before a day is no date line
        ("In Kayes, Mali, on Monday herders burned two granaries and on Tuesday they burned a "
         "barn, a mayor said. Gendarmes detained four men that evening.", "2026-05-13"),
    ],
)  # fmt: skip
def test_other_sentences_keep_todays_reading(nlp, text, expected):
    doc = nlp(text)
    token = token_named(doc, "detained")
    assert resolve_date(token.sent, token, PUBLISHED).start == expected
