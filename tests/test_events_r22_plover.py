"""Classes of phrasing of the PLOVER typing round r22 (plover40), on sentences written for the
test (not the gold sentences that prompted them): a foreign state's envoy summoned under another
title or office (a representative, a consul, the head of a diplomatic mission or embassy) is an
official complaint (ACCUSE 114), as a summoned ambassador is; the head of a domestic body
summoned stays the crosswalk's meeting (CONSULT 040); ground (an enclave, islands, a crossing, a
port) handed or turned over is a transfer of territory (RETREAT 087), goods stay aid; a satellite
put or placed into orbit for a state is its launch (COOPERATE 061, technical cooperation)."""

from __future__ import annotations

import pytest
from event_helpers import countries_of, pipeline_top


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


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Kyrgyzstan handed over a disputed border enclave to Uzbekistan under the demarcation deal.",
        "The army turned over two islands in the river to the neighbouring state's border guards.",
        "Rebels handed over the Goma crossing to government troops after the talks.",
        "The militia handed over the port of Kismayo to federal forces.",
    ],
)
def test_events_r22_plover_ground_handed_over_is_a_transfer_of_territory(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code) == ("RETREAT", "087"), text


@pytest.mark.slow
def test_events_r22_plover_goods_handed_over_stay_aid(resources):
    top = pipeline_top("The donors handed over ambulances to the health ministry.", resources)
    assert top.plover_type == "AID"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("India put into orbit a communications satellite for Nepal on Friday.", "NPL"),
        ("China put a weather satellite into orbit for Pakistan on Tuesday.", "PAK"),
    ],
)
def test_events_r22_plover_satellite_put_into_orbit_for_a_state_is_a_launch(
    resources, text, target
):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code) == ("COOPERATE", "061"), text
    assert countries_of(top.target) == {target}, top.target
