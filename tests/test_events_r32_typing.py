"""Classes of phrasing of the PLOVER typing round r32 (plover50), on sentences written for the
tests (not the gold sentences that prompted them): boats, dinghies or migrants pushed back are
expelled by force (COERCE deport), not the appeal the bare "push" reads, while armed men pushed
back stay fought off; readings, measurements or forecasts shared with another party are data
shared (COOPERATE); relief goods received "from" a giver ("received fire engines from X",
"received 500 tonnes of rice from X") are the giver's aid, the giver the source and the receiver
the target, while a delegation received from a body stays the host's visit."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_top

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Croatian border police pushed back a group of 60 migrants into Bosnia overnight, a "
        "charity said.",
        "The Italian navy pushed back two rubber dinghies toward the Tunisian coast on Sunday.",
    ],
)
def test_events_r32_boats_or_migrants_pushed_back_are_expelled(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.plover_mode) == ("COERCE", "deport")


def test_events_r32_armed_men_pushed_back_stay_fought_off(resources):
    top = pipeline_top("Government troops pushed back the rebels from the airport road.", resources)
    assert top.plover_type == "ASSAULT"


def test_events_r32_readings_shared_with_a_neighbour_are_cooperation(resources):
    top = pipeline_top(
        "Senegal and Mauritania have begun sharing river level readings from stations on the "
        "Senegal River, officials said.",
        resources,
    )
    assert top.plover_type == "COOPERATE"


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        (
            "Armenia received six fire engines and two ambulances from France on Friday.",
            "FRA",
            "ARM",
        ),
        (
            "Haiti has received 800 tonnes of rice from South Korea, the government said.",
            "KOR",
            "HTI",
        ),
        ("Flooded Bangladesh received tents and medicine from Turkey this week.", "TUR", "BGD"),
    ],
)
def test_events_r32_goods_received_from_a_giver_are_the_givers_aid(
    resources, text, giver, receiver
):
    top = pipeline_top(text, resources)
    assert top.plover_type == "AID"
    assert [m.country for m in top.source] == [giver]
    assert receiver in [m.country for m in top.target]


def test_events_r32_a_delegation_received_stays_the_hosts_visit(resources):
    top = pipeline_top(
        "The Georgian president received a delegation from the Council of Europe on Monday.",
        resources,
    )
    assert top.plover_type == "CONSULT"
    assert "GEO" in [m.country for m in top.source]


@pytest.mark.parametrize(
    ("text", "receiver", "giver"),
    [
        ("Clinics in Haiti are receiving medicine sent by Canada, a nurse said.", "HTI", "CAN"),
        ("Camps in Chad were receiving tents flown in by the French air force on Tuesday.",
         "TCD", "FRA"),
    ],
)  # fmt: skip
def test_events_r32_goods_received_from_a_participles_agent_are_the_agents_aid(
    resources, text, receiver, giver
):
    top = pipeline_top(text, resources)
    assert top.plover_type == "AID"
    assert giver in [m.country for m in top.source]
    assert receiver in [m.country for m in top.target]


def test_events_r32_forces_sent_to_a_place_aim_at_who_acts_there(resources):
    top = pipeline_top(
        "Niger sent 500 soldiers to the Tillaberi region, where jihadist fighters had burned two "
        "schools, the army said.",
        resources,
    )
    assert top.plover_type == "MOBILIZE"
    assert any("fighters" in m.text for m in top.target)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya accused a Nairobi-based television channel of inciting ethnic hatred.",
        "The Algerian ministry accused a Paris-based broadcaster of spreading false reports.",
    ],
)
def test_events_r32_a_broadcaster_named_by_its_kind_is_the_accused(resources, text):
    top = pipeline_top(text, resources)
    assert top.plover_type == "ACCUSE"
    assert any(m.sector == "MED" for m in top.target)


def test_events_r32_craft_received_from_a_state_are_its_aid(resources):
    top = pipeline_top("Vanuatu received three patrol boats from Japan on Thursday.", resources)
    assert top.plover_type == "AID"
    assert [m.country for m in top.source] == ["JPN"]
