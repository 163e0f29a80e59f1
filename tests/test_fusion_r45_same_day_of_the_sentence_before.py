"""Round r45 (fuse44): an act dated by "the same day" alone takes the one day the sentence before
it names, as "the next day" counts from it (`dates._previous_sentence_offset`, offset 0). Before,
"The same day in Tororo, police detained ..." took the report's own date, a day after the act
the sentence before dated "yesterday" (fusion_own39 tune; the stop 64 leftover of own38). Every
sentence is made up for the test (made-up people, real places)."""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import token_named

from realpolitik.events.dates import resolve_date

PUBLISHED = date(2026, 5, 12)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Police arrested the mayor in Gulu on Sunday, his aides said. The same day in Lira, "
         "police detained a councillor.", "detained", date(2026, 5, 10)),
        # an undated sentence between is skipped, as for "the next day"
        ("Police arrested the mayor in Gulu yesterday, his aides said. Officers also beat his "
         "driver. The same day in Lira, police detained a councillor.", "detained",
         date(2026, 5, 11)),
        ("Police arrested the mayor in Gulu on Sunday, his aides said. In Lira, gunmen shot a "
         "trader dead the same day.", "shot", date(2026, 5, 10)),
    ],
)  # fmt: skip
def test_the_same_day_is_the_day_of_the_sentence_before(nlp, text, trigger, expected):
    doc = nlp(text)
    token = token_named(doc, trigger)
    info = resolve_date(token.sent, token, PUBLISHED)
    assert (info.start, info.from_document) == (expected.isoformat(), False)


@pytest.mark.parametrize(
    "text",
    [
        # no day named before: the report's date, as before
        "Police arrested the mayor in Gulu, his aides said. The same day in Lira, police "
        "detained a councillor.",
        # two days named before: which one is not told
        "Police held the mayor in Gulu on Sunday and Monday, aides said. The same day in Lira, "
        "police detained a councillor.",
    ],
)
def test_the_same_day_without_one_day_before_it_leaves_the_document_date(nlp, text):
    doc = nlp(text)
    token = token_named(doc, "detained")
    assert resolve_date(token.sent, token, PUBLISHED).from_document
