"""An act told in a clause of "after" or "before" measured in days, with no date of its own, is
dated from the day of the clause it qualifies (round r12b, fuse10; read from a fusion_own1 tune
miss). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import token_named

from realpolitik.events.dates import resolve_date

PUBLISHED = date(2026, 3, 9)  # a Monday


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # the clause's act came the given days before the day of the clause it qualifies
        ("Chile on Friday rejected the charge that it had moved soldiers to the border, a day "
         "after Lima accused it of a build-up.", "accused", date(2026, 3, 5)),
        ("Peru recalled its envoy on Monday, two days after Chile expelled its consul.",
         "expelled", date(2026, 3, 7)),
        # the qualified clause keeps its own day
        ("Peru recalled its envoy on Monday, two days after Chile expelled its consul.",
         "recalled", date(2026, 3, 9)),
        # a date of the clause's own wins
        ("Peru recalled its envoy on Monday, two days after Chile expelled its consul on "
         "Thursday.", "expelled", date(2026, 3, 5)),
        # no day to count from: the document's date, as before
        ("Peru recalled its envoy, a day after Chile expelled its consul.", "expelled",
         PUBLISHED),
    ],
)  # fmt: skip
def test_an_act_in_a_clause_days_after_another_is_dated_from_that_day(
    nlp, sentence, trigger, expected
):
    doc = nlp(sentence)
    info = resolve_date(next(iter(doc.sents)), token_named(doc, trigger), PUBLISHED)
    assert info.start == expected.isoformat()


def test_the_day_may_hang_on_a_clause_further_up(nlp) -> None:
    # the parser hangs the after-clause on "moved", whose day is the rejection's
    sentence = (
        "SANTIAGO, Mar 6, 2026 (Andes Wire) - Chile on Friday rejected Peru's claim that it had "
        "moved troops to the river, a day after Lima accused it of a military build-up."
    )
    doc = nlp(sentence)
    info = resolve_date(next(iter(doc.sents)), token_named(doc, "accused"), date(2026, 3, 6))
    assert info.start == "2026-03-05"
