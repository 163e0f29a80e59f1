"""Classes of phrasing of the PLOVER typing round r19 (plover37), on sentences written for the
test (not the gold sentences, nor the probes that found them): a satellite launched for another
party (economic cooperation, COOPERATE 061, its owner the target) and a party's own satellite
launched (no event, not CAMEO's "launch ... research" investigation); a reservoir or dam lake
filled (no event, not CAMEO's "fill" concession); a collective noun ("a fleet of", "a convoy
of") that only gathers what its "of" phrase names (that phrase's party is the target)."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events, pipeline_top


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "Russia launched an Egyptian communications satellite from Baikonur on Thursday.",
            "Egypt",
        ),
        ("Japan's space agency launched a satellite for Thailand on Monday.", "Thailand"),
        ("India launched a Bhutanese research satellite from Sriharikota.", "Bhutan"),
    ],
)
def test_events_r19_plover_satellite_launched_for_another_party_is_cooperation(
    resources, text, owner
):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code) == ("COOPERATE", "061"), text
    assert any(owner in a.text for a in top.target), (text, [a.text for a in top.target])


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "North Korea launched a military reconnaissance satellite on Wednesday.",
        "China launched a research satellite from Jiuquan.",
    ],
)
def test_events_r19_plover_own_satellite_launched_is_no_event(resources, text):
    events = pipeline_events(text, resources)
    assert all(e.plover_type not in {"ACCUSE", "COOPERATE"} for e in events), text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia began filling the reservoir of its new dam in July.",
        "Tajikistan started to fill the lake behind the Rogun dam last spring.",
    ],
)
def test_events_r19_plover_reservoir_filled_is_no_concession(resources, text):
    events = pipeline_events(text, resources)
    assert all(e.plover_type != "CONCEDE" for e in events), text


@pytest.mark.slow
def test_events_r19_plover_demand_filled_keeps_its_reading(resources):
    events = pipeline_events("The ministry filled the strikers' demands on Friday.", resources)
    assert any(e.plover_type == "CONCEDE" for e in events)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Vanuatu revoked the permits of a fleet of Chinese longliners.", "Chinese"),
        ("Militants ambushed a convoy of Kenyan peacekeepers near Kismayo.", "Kenyan"),
        ("Coast guards detained a flotilla of Vietnamese fishing boats.", "Vietnamese"),
    ],
)
def test_events_r19_plover_collective_noun_passes_to_its_party(resources, text, party):
    top = pipeline_top(text, resources)
    assert any(party in a.text for a in top.target), (text, [a.text for a in top.target])
