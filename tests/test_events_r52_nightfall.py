"""Issue 9, stop 72 (fuse51): an act told "after nightfall", "by nightfall" or "at dusk", with no
day of its own, takes the one day the sentence before names, as "that night" does
(`dates._later_that_day`, `nightfall_words`). Before, such a follow-up took its report's date
(fusion_own46 tune). Every sentence is made up for the test (made-up people, real places)."""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import token_named

from realpolitik.events.dates import resolve_date

PUBLISHED = date(2031, 9, 17)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Fishermen occupied the harbour office in Sfax on Monday, a union said. Coastguards "
         "detained a boat owner after nightfall.", "detained"),
        ("Farmers blocked the bridge at Tiko on Monday, a chief said. By nightfall, soldiers had "
         "cleared the bridge.", "cleared"),
        ("Miners seized a company lorry near Kasama on Monday, residents said. The lorry was "
         "recovered by police at dusk.", "recovered"),
    ],
)  # fmt: skip
def test_events_an_act_told_at_nightfall_takes_the_day_of_the_sentence_before(nlp, text, trigger):
    doc = nlp(text)
    token = token_named(doc, trigger)
    info = resolve_date(token.sent, token, PUBLISHED)
    assert (info.start, info.from_document) == ("2031-09-15", False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no day named before: the report's date, as before
        ("Fishermen occupied the harbour office in Sfax, a union said. Coastguards detained "
         "nine of them after nightfall.", "2031-09-17"),
        # two days named before: which one is not told
        ("Fishermen occupied offices in Sfax on Monday and in Mahdia on Tuesday, a union said. "
         "Coastguards detained nine of them after nightfall.", "2031-09-17"),
        # the sentence's own day
        ("Fishermen occupied the harbour office in Sfax on Monday, a union said. Coastguards "
         "detained nine of them after nightfall on Tuesday.", "2031-09-16"),
    ],
)  # fmt: skip
def test_events_nightfall_without_one_day_before_keeps_todays_reading(nlp, text, expected):
    doc = nlp(text)
    token = token_named(doc, "detained")
    assert resolve_date(token.sent, token, PUBLISHED).start == expected
