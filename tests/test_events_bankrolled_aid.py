"""Bankrolling or financing another party's work is aid (round r43, plover61).

"The new bridge ... was bankrolled by a fund from the government of X" and "Japan financed the
rebuilding of two hospitals in Y" read COOPERATE, CAMEO's block default (061) for "bankroll",
"finance" and "underwrite"; paying for another party's work or costs is economic aid (CAMEO 071,
PLOVER AID), as the rows "fund" and "pay for" already read (`own_triggers.tsv`). CAMEO's patterns
on these verbs still win. Sentences written for the test, none from a gold set."""

from __future__ import annotations

import pytest
from event_helpers import countries_of, pipeline_top


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "payer"),
    [
        ("The new bridge over the river was bankrolled by a fund from the government of Kuwait, "
         "the transport ministry in Dhaka said.", "KWT"),
        ("Japan financed the rebuilding of two hospitals in the Cambodian province of Kampot, the "
         "health ministry in Phnom Penh said on Monday.", "JPN"),
    ],
)  # fmt: skip
def test_work_bankrolled_or_financed_is_aid(resources, text, payer):
    top = pipeline_top(text, resources)
    assert top.plover_type == "AID", text
    assert payer in countries_of(top.source), text


@pytest.mark.slow
def test_ransom_bankrolled_stays_a_concession(resources):
    # guard: CAMEO's pattern for a ransom paid (080) still wins over the verb row
    top = pipeline_top(
        "Kuwait bankrolled the ransom paid to the kidnappers of two Filipino sailors, a Philippine "
        "official said.",
        resources,
    )
    assert top.plover_type == "CONCEDE"
