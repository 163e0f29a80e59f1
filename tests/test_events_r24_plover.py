"""Classes of phrasing of the PLOVER typing round r24 (plover42), on sentences written for the
test (not the gold sentences or the brief's examples that prompted them): leaving a body of people
(an alliance, a coalition, a party, an armed group by name) is a withdrawal from a group (SANCTION
161), not a visit's end, a walkout or a pull-back from ground; clearing rubble, debris or
wreckage is no act between parties; a meeting, session or summit called is convened (CONSULT
040), not an intent to meet."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events, pipeline_top

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Four opposition parties quit the governing coalition in Skopje on Wednesday.",
        "Two junior ministers walked out of the ruling alliance after the budget vote.",
        "Burkina Faso withdrew from the regional bloc in March.",
        "About fifty combatants left the FNL last month, army officers said.",
        "Three senior commanders quit the Allied Democratic Forces in May, according to a UN panel.",
    ],
)
def test_events_r24_plover_leaving_a_body_of_people_is_a_withdrawal_from_it(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code, top.plover_mode) == ("SANCTION", "161", "withdraw")


def test_events_r24_plover_walking_out_of_a_meeting_stays_a_walkout(resources):
    top = pipeline_top("The Slovenian delegation walked out of the meeting in protest.", resources)
    assert top.plover_type == "PROTEST"


def test_events_r24_plover_armed_body_leaving_a_named_town_still_pulls_back(resources):
    top = pipeline_top("Rebel fighters left the town of Walikale on Sunday.", resources)
    assert (top.plover_type, top.cameo_code) == ("RETREAT", "087")


@pytest.mark.parametrize(
    "text",
    [
        "Army engineers cleared the rubble from the collapsed bridge at Kasindi.",
        "Workers cleared debris from the main road into Bukavu.",
        "Civil defence crews cleared the wreckage of the crashed plane near Entebbe.",
    ],
)
def test_events_r24_plover_clearing_rubble_or_debris_is_no_concession(resources, text):
    assert not [e for e in pipeline_events(text, resources) if e.trigger == "cleared"], text


def test_events_r24_plover_clearing_a_blockade_stays_a_dispersal(resources):
    top = pipeline_top(
        "Riot police cleared a blockade of the main road near Cochabamba.", resources
    )
    assert (top.plover_type, top.cameo_code) == ("COERCE", "170")


@pytest.mark.parametrize(
    "text",
    [
        "Zambia called an emergency meeting of southern African defence ministers on Saturday.",
        "The bloc's chairman called an extraordinary summit in Gaborone.",
    ],
)
def test_events_r24_plover_meeting_or_summit_called_is_convened(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code) == ("CONSULT", "040"), text


def test_events_r24_plover_call_for_a_meeting_stays_an_appeal(resources):
    top = pipeline_top("Malawi called for a meeting with Zambia over the river dispute.", resources)
    assert top.plover_type == "REQUEST"


@pytest.mark.parametrize(
    "text",
    [
        "The Solomon Islands tore up a fisheries agreement with Taiwan on Monday.",
        "Uruguay cancelled the 2019 energy accord with Argentina, officials said.",
        "Bolivia terminated its lithium deal with a Chinese consortium last week.",
        "Kiribati scrapped a maritime security pact with Australia.",
    ],
)
def test_events_r24_plover_agreement_ended_by_a_party_cuts_relations(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code) == ("SANCTION", "160"), text


def test_events_r24_plover_pulling_out_of_an_accord_is_a_withdrawal(resources):
    top = pipeline_top("Samoa pulled out of the regional fisheries accord in June.", resources)
    assert (top.plover_type, top.cameo_code) == ("SANCTION", "161")


def test_events_r24_plover_signing_an_agreement_stays_support(resources):
    top = pipeline_top("Tonga signed a fisheries agreement with Fiji on Friday.", resources)
    assert top.plover_type == "SUPPORT"


@pytest.mark.parametrize(
    "text",
    [
        "Rwanda scaled back its troop presence along the border with Burundi.",
        "Uganda reduced its military presence in eastern Congo.",
        "Burundi drew down its forces along the Rwandan border.",
        "Ethiopia thinned out its troops along the Eritrean frontier.",
    ],
)
def test_events_r24_plover_forces_reduced_are_a_partial_withdrawal(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code) == ("RETREAT", "087"), text


def test_events_r24_plover_diplomatic_presence_reduced_is_no_pull_back(resources):
    events = pipeline_events("Rwanda scaled back its diplomatic presence in Kinshasa.", resources)
    assert all(e.plover_type != "RETREAT" for e in events)


def test_events_r24_plover_troops_drawn_from_bases_are_no_reduction(resources):
    events = pipeline_events(
        "Kenya drew troops from its northern bases to reinforce the coast.", resources
    )
    assert all(e.plover_type != "RETREAT" for e in events)


def test_events_r24_plover_envoy_called_back_is_recalled(resources):
    top = pipeline_top("Chile called back its ambassador from La Paz on Thursday.", resources)
    assert (top.plover_type, top.cameo_code) == ("SANCTION", "161")


def test_events_r24_plover_person_called_back_stays_a_phone_call(resources):
    top = pipeline_top("The minister called back the journalist later that day.", resources)
    assert top.plover_type == "CONSULT"


def test_events_r24_plover_going_back_on_a_pledge_is_reneging(resources):
    top = pipeline_top(
        "Tanzania went back on its promise to reopen the Namanga crossing.", resources
    )
    assert (top.plover_type, top.cameo_code) == ("REJECT", "120")


def test_events_r24_plover_support_lent_is_voiced_support(resources):
    top = pipeline_top("Ghana lent its backing to Senegal's bid for the council seat.", resources)
    assert (top.plover_type, top.cameo_code) == ("SUPPORT", "051")


def test_events_r24_plover_money_lent_stays_aid(resources):
    top = pipeline_top("Kenya lent Uganda 50 million dollars for the railway.", resources)
    assert top.plover_type == "AID"


def test_events_r24_plover_party_taken_to_task_is_criticised(resources):
    top = pipeline_top(
        "Chile took Peru to task over the detention of its fishing crews.", resources
    )
    assert (top.plover_type, top.cameo_code) == ("ACCUSE", "111")
