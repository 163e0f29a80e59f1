"""Classes of phrasing of the PLOVER typing round r18 (plover36), on sentences written for the
test (not the gold sentences, nor the probes that found them): a dispute, claim or case referred,
brought, submitted or taken to a court or to arbitration (a case brought, ACCUSE 115); tariffs,
duties or an embargo announced, unveiled or introduced (an economic sanction, SANCTION 163);
workers named by their trade expelled (a deportation, COERCE 174, not a diplomats' expulsion);
people a modifier calls captured or kidnapped handed or turned over (their release, RETREAT
0841, not aid)."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events, pipeline_top


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Ecuador referred its oil-block dispute with Colombia to the International Court of Justice.",
        "Kyrgyzstan brought its water dispute with Tajikistan before an international tribunal.",
        "Ghana submitted its maritime boundary claim against Togo to international arbitration.",
    ],
)
def test_events_r18_plover_dispute_taken_to_a_court_is_a_case_brought(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code) == ("ACCUSE", "115"), text


@pytest.mark.slow
def test_events_r18_plover_bill_referred_to_a_committee_is_no_case(resources):
    events = pipeline_events("The Senate referred the mining bill to its finance committee.", resources)
    assert all(e.plover_type != "ACCUSE" for e in events)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan announced new tariffs on Russian fuel imports on Wednesday.",
        "Peru unveiled steep duties on Chinese textiles.",
        "Indonesia introduced an embargo on Malaysian palm oil shipments.",
    ],
)
def test_events_r18_plover_tariffs_announced_are_a_sanction(resources, text):
    top = pipeline_top(text, resources)
    assert top.plover_type == "SANCTION", text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Uzbekistan expelled twelve Afghan truck drivers on Monday.",
        "Cameroon expelled forty Chadian herdsmen from a national park.",
        "Bolivia ordered the expulsion of sixty Peruvian miners from a gold concession.",
    ],
)
def test_events_r18_plover_workers_by_trade_expelled_are_deported(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code) == ("COERCE", "174"), text


@pytest.mark.slow
def test_events_r18_plover_diplomats_expelled_stay_a_sanction(resources):
    top = pipeline_top("Georgia expelled two Russian diplomats on Tuesday.", resources)
    assert top.plover_type == "SANCTION"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Separatist fighters handed over four captured policemen to an Orthodox church delegation.",
        "The gang turned over two kidnapped Turkish engineers to village elders on Sunday.",
    ],
)
def test_events_r18_plover_captives_handed_over_are_released(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code) == ("RETREAT", "0841"), text


@pytest.mark.slow
def test_events_r18_plover_detainees_handed_over_stay_out_of_release(resources):
    top = pipeline_top("Norway handed over three detained Russian sailors to Moscow.", resources)
    assert top.plover_type != "RETREAT"
