"""Classes of phrasing of the PLOVER typing round r16 (plover34), on sentences written for the
test (not the gold sentences, nor the probes that found them): a person a modifier calls suspected,
alleged or wanted handed over (judicial cooperation, not aid); hostages or captives handed over
(a release); a measure voted down (a rejection, not a concession); sanctions suspended or waived
(a concession, not one more sanction); computer systems breached or knocked out (a cyber attack);
aid increased (aid)."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_top


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Uruguay handed over two suspected cocaine traffickers to Brazilian federal police.",
        "Jordan handed over an alleged financier of the militia to Iraqi investigators.",
        "Zambia handed over a wanted Congolese businessman to the authorities in Kinshasa.",
    ],
)
def test_events_r16_plover_suspect_handed_over_is_judicial_cooperation(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code) == ("COOPERATE", "063"), text


@pytest.mark.slow
def test_events_r16_plover_goods_handed_over_stay_aid(resources):
    top = pipeline_top("Norway handed over two mobile clinics to the health ministry in Juba.", resources)
    assert top.plover_type == "AID"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The kidnappers handed over the hostages to tribal elders near Marib on Sunday.",
        "The militia handed over four captives to the Red Crescent in Benghazi.",
    ],
)
def test_events_r16_plover_hostages_handed_over_are_released(resources, text):
    top = pipeline_top(text, resources)
    assert top.plover_type == "RETREAT", text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The Senate in Asuncion voted down a bill to cede river islands to Argentina.",
        "Latvian lawmakers voted down the opposition's motion on a gas pipeline on Thursday.",
    ],
)
def test_events_r16_plover_measure_voted_down_is_rejected(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code) == ("REJECT", "120"), text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Canada suspended its sanctions on two Belarusian potash firms for a year.",
        "The Treasury waived the embargo on medical shipments to Cuba.",
    ],
)
def test_events_r16_plover_sanctions_suspended_are_a_concession(resources, text):
    top = pipeline_top(text, resources)
    assert top.plover_type == "CONCEDE", text


@pytest.mark.slow
def test_events_r16_plover_aid_suspended_stays_a_sanction(resources):
    top = pipeline_top("Sweden suspended its development aid to Mali after the coup.", resources)
    assert top.plover_type == "SANCTION"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "North Korean hackers breached the email servers of South Korea's defence ministry.",
        "A pro-Iranian group knocked out the websites of Bahrain's main banks on Friday.",
    ],
)
def test_events_r16_plover_systems_breached_are_a_cyber_attack(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.plover_mode) == ("COERCE", "cyber"), text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Australia increased its relief package for cyclone-hit Vanuatu to 12 million dollars.",
        "Norway doubled its humanitarian assistance to Yemen, the foreign ministry said.",
    ],
)
def test_events_r16_plover_aid_increased_is_aid(resources, text):
    top = pipeline_top(text, resources)
    assert top.plover_type == "AID", text
