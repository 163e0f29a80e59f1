"""Classes of phrasing of the PLOVER typing round r34 (plover52), on sentences written for the
tests (not the gold sentences that prompted them): a renewal of an agreement or a granted right
told as not done ("did not renew the mandate", "has not extended the lease") is a refusal, as the
stated one ("will not renew") is."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events, pipeline_top

from realpolitik.eval.plover import top_event

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council did not renew the mandate of the observer mission in Western Sahara "
        "last year, diplomats said.",
        "Estonia did not extend the permit of the Russian survey ship, the maritime office said.",
        "Kenya has not renewed the licence of the Chinese trawler fleet, the fisheries ministry said.",
    ],
)
def test_events_r34_renewal_not_done_is_a_refusal(resources, text):
    top = pipeline_top(text, resources)
    assert top.plover_type == "REJECT"
    assert top.polarity == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        # an inability stays as read: no refusal is told
        "Estonia could not renew the permit of the Russian survey ship before it expired.",
        # a deadline is no agreement
        "The court did not extend the deadline for filing the appeal, lawyers said.",
    ],
)
def test_events_r34_renewal_not_done_without_an_agreement_or_by_inability_is_no_refusal(
    resources, text
):
    top = top_event(pipeline_events(text, resources))
    assert top is None or top.plover_type != "REJECT"


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Three Kenyan herders were beaten and their cattle driven off by militiamen from "
            "across the Ethiopian border, local officials said.",
            "militiamen",
        ),
        (
            "Two journalists were beaten and their cameras smashed by supporters of the ruling "
            "party in Harare, their union said.",
            "ruling party",
        ),
    ],
)
def test_events_r34_by_phrase_of_a_gapped_passive_names_the_doer_of_both(resources, text, doer):
    top = pipeline_top(text, resources)
    assert top.trigger == "beaten"
    assert any(doer in m.text for m in top.source)
