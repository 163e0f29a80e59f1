"""Classes of phrasing of the PLOVER typing round r17 (plover35), on sentences written for the
test (not the gold sentences, nor the probes that found them): suspects or fugitives "turned over"
(judicial cooperation, as "handed over"; goods turned over stay aid); a mission's mandate
extended, renewed or prolonged (peacekeeping provided, AID 074, not a demand); a concession,
licence or contract granted or awarded (economic cooperation, COOPERATE 061, not aid);
weapons shipped, sold, exported, airlifted or transferred to a party, and an approved sale of
military kit named by a modifier ("patrol vessels", "armoured vehicles"): military aid (AID 072)."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_top


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Costa Rica turned over two suspected people smugglers to Nicaraguan border police.",
        "Serbian police turned over a fugitive Bosnian army officer to prosecutors in Sarajevo.",
        "Belize turned over a wanted gang leader to the Guatemalan authorities on Thursday.",
    ],
)
def test_events_r17_plover_suspect_turned_over_is_judicial_cooperation(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code) == ("COOPERATE", "063"), text


@pytest.mark.slow
def test_events_r17_plover_goods_turned_over_are_aid(resources):
    top = pipeline_top("Japan turned over three coastal radar stations to the Fijian navy.", resources)
    assert top.plover_type == "AID"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The Security Council extended the mandate of the UN mission in the Central African "
        "Republic for another twelve months.",
        "The African Union renewed the mandate of its stabilisation force in Somalia on Friday.",
        "ECOWAS prolonged the mandate of its standby force in Guinea-Bissau by a year.",
    ],
)
def test_events_r17_plover_mission_mandate_extended_is_peacekeeping_aid(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code) == ("AID", "074"), text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Sierra Leone granted an iron ore concession to a Turkish mining group, the mines ministry said.",
        "The Solomon Islands awarded timber licences to two Malaysian companies.",
        "Honduras granted a contract to build a hydroelectric dam to a Chinese state firm.",
    ],
)
def test_events_r17_plover_concession_granted_is_economic_cooperation(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code) == ("COOPERATE", "061"), text


@pytest.mark.slow
def test_events_r17_plover_asylum_granted_stays_aid(resources):
    top = pipeline_top("Costa Rica granted asylum to a Nicaraguan opposition leader.", resources)
    assert top.plover_type == "AID"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Belarus shipped a batch of sniper rifles to the Burundian army, a UN report said.",
        "Bulgaria sold 12,000 artillery shells to Rwanda last year, customs records show.",
        "South Korea exported howitzers to Estonia in September.",
        "Egypt airlifted ammunition to the Somali army on Sunday.",
    ],
)
def test_events_r17_plover_weapons_shipped_or_sold_are_military_aid(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code, top.plover_mode) == ("AID", "072", "military"), text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Washington approved the sale of eight naval patrol vessels to the Philippines.",
        "Berlin cleared the export of 30 armoured vehicles to Ghana, the economy ministry said.",
    ],
)
def test_events_r17_plover_approved_sale_of_military_kit_is_military_aid(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code) == ("AID", "072"), text


@pytest.mark.slow
def test_events_r17_plover_warplanes_flown_are_no_arms_transfer(resources):
    top = pipeline_top("Russian warplanes flew over the Black Sea on Tuesday.", resources)
    assert top.cameo_code != "072"
