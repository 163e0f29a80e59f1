"""Classes of phrasing of the PLOVER typing round r22 (plover40), on sentences written for the
test (not the gold sentences that prompted them): a foreign state's envoy summoned under another
title or office (a representative, a consul, the head of a diplomatic mission or embassy) is an
official complaint (ACCUSE 114), as a summoned ambassador is; the head of a domestic body
summoned stays the crosswalk's meeting (CONSULT 040)."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_top


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Ghana summoned the head of Togo's diplomatic mission over the border closure.",
        "Uruguay summoned Argentina's consul in Salto over the closure of the bridge.",
        "Malta summoned the Libyan representative after coast guards fired on a boat.",
        "Mali summoned the head of the French embassy over the remarks.",
    ],
)
def test_events_r22_plover_summoned_envoy_under_another_title_is_a_complaint(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code) == ("ACCUSE", "114"), text


@pytest.mark.slow
def test_events_r22_plover_summoned_head_of_a_domestic_body_stays_a_meeting(resources):
    top = pipeline_top(
        "The Senate summoned the head of the central bank to explain the rate rise.", resources
    )
    assert top.plover_type == "CONSULT"
