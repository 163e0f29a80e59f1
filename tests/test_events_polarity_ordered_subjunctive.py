"""A bare subjunctive in the "that" clause of a verb of ordering is only ordered ("ordered that
the suspects be held for 20 more days"): intended, not done (`polarity._mandative_subjunctive`;
stop 46, lead). Sentences written for the tests, not the one that showed the class."""

from __future__ import annotations

import pytest

from realpolitik.model import Document
from realpolitik.pipeline import analyse_documents

pytestmark = pytest.mark.slow


def _polarities(text, resources):
    analysis = analyse_documents([Document("t", "t", raw=text, text=text)], resources)[0]
    return {e.trigger: e.polarity for e in analysis.event_mentions}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The tribunal ordered that the two soldiers be detained pending trial.", "detained"),
        ("The governor ordered that the refugees leave the camp by Sunday.", "leave"),
    ],
)
def test_an_act_in_an_orders_that_clause_is_only_ordered(resources, text, trigger):
    assert _polarities(text, resources)[trigger] == "intended"


def test_an_act_a_that_clause_reports_stays_done(resources):
    text = "The spokesman told reporters that police had detained two students overnight."
    assert _polarities(text, resources)["detained"] == "asserted"
