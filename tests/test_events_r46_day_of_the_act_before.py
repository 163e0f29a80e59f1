"""Round r46 (fuse45): a done act told in a sentence with no date words, right after a sentence
that names one day, takes that day (`dates._day_of_the_act_before`). Before, "Police fired tear
gas ..." after "... blocked the road yesterday" took the report's own date, a day late
(fusion_own40 and own39 tune: follow-ups under a next-day report stayed apart from the same-day
report's). Every sentence is made up for the test (made-up people, real places)."""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import token_named

from realpolitik.events.dates import resolve_date

PUBLISHED = date(2026, 5, 13)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Cane growers blocked a bridge near Tumbes yesterday, officials said. Police fired "
         "tear gas at the crowd.", "fired", date(2026, 5, 12)),
        ("Miners went on strike in Oruro on Monday, their union said. Two of their leaders "
         "were detained by police.", "detained", date(2026, 5, 11)),
        ("Students marched to the governor's office in Tarija on Monday. Officers beat three "
         "of them with batons.", "beat", date(2026, 5, 11)),
    ],
)  # fmt: skip
def test_a_follow_up_takes_the_day_of_the_sentence_before(nlp, text, trigger, expected):
    doc = nlp(text)
    token = token_named(doc, trigger)
    info = resolve_date(token.sent, token, PUBLISHED)
    assert (info.start, info.from_document) == (expected.isoformat(), False)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a reaction may come days later: the report's date, as before
        ("Soldiers shot a farmer near Tarija on Monday. Rights groups condemned the killing.",
         "condemned"),
        # two days named before: which one is not told
        ("Police held the mayor in Sucre on Sunday and Monday, aides said. Officers beat his "
         "driver.", "beat"),
        # a past perfect tells an earlier act
        ("Miners went on strike in Oruro on Monday. Police had arrested their leader.",
         "arrested"),
    ],
)  # fmt: skip
def test_a_reaction_or_an_unclear_day_keeps_the_document_date(nlp, text, trigger):
    doc = nlp(text)
    token = token_named(doc, trigger)
    assert resolve_date(token.sent, token, PUBLISHED).from_document
