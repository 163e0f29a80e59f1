"""Who did it to whom and the main event, round r18 (args22), on sentences written for the test
(not the own held-out or PLOVER sentences whose misses prompted the classes): a protest or
complaint sent in writing "to" a capital, people held in a jail as the party that riots, and
people by trade or home expelled (a deportation, not a diplomat's expulsion)."""

from __future__ import annotations

import pytest
from event_helpers import countries_of, pipeline_top

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Kenya sent a letter of protest to Kampala over the detention of Kenyan fishermen.",
         "KEN", "UGA"),
        ("Peru sent a protest note to Santiago on Wednesday over the arrest of Peruvian truckers.",
         "PER", "CHL"),
        ("Ghana delivered a note of protest to Lome on Monday over attacks on Ghanaian traders.",
         "GHA", "TGO"),
    ],
)  # fmt: skip
def test_events_r18_a_protest_sent_to_a_capital_accuses_its_state(resources, text, source, target):
    top = pipeline_top(text, resources)
    assert top.plover_type == "ACCUSE"
    assert countries_of(top.source) == {source} and countries_of(top.target) == {target}


def test_events_r18_a_letter_of_complaint_is_a_complaint(resources):
    top = pipeline_top(
        "Egypt sent a letter of complaint to the UN Security Council about Ethiopia's dam.",
        resources,
    )
    assert top.plover_type == "ACCUSE"
    assert {m.text for m in top.target} == {"UN Security Council"}  # the body, not a place


def test_events_r18_a_letter_that_is_no_protest_keeps_its_reading(resources):
    top = pipeline_top(
        "Japan sent a message of condolence to Turkey after the earthquake.", resources
    )
    assert top.plover_type != "ACCUSE"
    assert countries_of(top.target) == {"TUR"}


@pytest.mark.parametrize(
    "text",
    [
        "Inmates rioted at a prison in Haiti's capital on Sunday, demanding better food.",
        "Hundreds of prisoners went on hunger strike at a jail in Bahrain on Tuesday.",
    ],
)
def test_events_r18_people_held_in_a_jail_are_the_party_that_protests(resources, text):
    top = pipeline_top(text, resources)
    assert top.plover_type == "PROTEST"
    assert {m.text.lower() for m in top.source} & {"inmates", "prisoners"}


@pytest.mark.parametrize(
    "text",
    [
        "Chad expelled 30 Nigerien herders on Monday.",
        "Zambia expelled 12 Congolese miners from a copper site near Solwezi.",
        "The Gabonese interior minister ordered the expulsion of 20 Cameroonian farmers.",
    ],
)
def test_events_r18_people_by_trade_or_home_expelled_are_deported(resources, text):
    assert pipeline_top(text, resources).plover_type == "COERCE"


def test_events_r18_diplomats_expelled_stay_a_sanction(resources):
    top = pipeline_top("Chad expelled two Nigerien diplomats on Monday.", resources)
    assert top.plover_type == "SANCTION"


@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("Austria blocked the shipment of ammunition to Kyiv.", "SANCTION"),
        ("Norway halted the delivery of vaccines to Juba.", "SANCTION"),
        ("Hungary blocked the transfer of drones to Kyiv on Tuesday.", "COERCE"),
    ],
)
def test_events_r18_goods_stopped_on_their_way_to_a_capital_target_its_state(
    resources, text, plover_type
):
    top = pipeline_top(text, resources)
    assert top.plover_type == plover_type
    assert {m.text for m in top.target} == {"Juba" if "Juba" in text else "Kyiv"}
    assert countries_of(top.target) <= {"UKR", "SSD"}


def test_events_r18_a_transfer_that_is_no_goods_is_no_embargo(resources):
    # "transfer" may be of power or of people: no embargo row for it
    top = pipeline_top(
        "Serbia blocked the transfer of power to the new mayor in Pristina.", resources
    )
    assert top.plover_type != "SANCTION"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Police foiled an attempt by Somali pirates to hijack a Greek tanker.", "SOM", "GRC"),
        ("Ukraine's security service said it had foiled a Russian attempt to kill President "
         "Zelensky.", "RUS", "UKR"),
    ],
)  # fmt: skip
def test_events_r18_a_foiled_attempt_is_the_act_tried_by_its_doer(resources, text, source, target):
    top = pipeline_top(text, resources)
    assert top.plover_type == "ASSAULT" and top.trigger != "foiled"
    assert countries_of(top.source) == {source} and countries_of(top.target) == {target}


def test_events_r18_an_agentless_foiled_attempt_keeps_the_places_attackers(resources):
    top = pipeline_top(
        "An attempt to assassinate the governor of Kherson region was foiled in Odesa, police said.",
        resources,
    )
    assert top.trigger == "assassinate"
    assert countries_of(top.target) == {"UKR"}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Thousands marched in Noumea on Saturday demanding independence from French rule.",
         "FRA"),
        ("Inmates rioted at a jail in Jayapura on Sunday, joining hundreds of students in "
         "demanding independence from Indonesian rule.", "IDN"),
    ],
)  # fmt: skip
def test_events_r18_a_protests_demand_under_a_preposition_names_its_target(resources, text, target):
    top = pipeline_top(text, resources)
    assert top.plover_type == "PROTEST"
    assert countries_of(top.target) == {target}
