"""Classes of phrasing of the PLOVER typing round r23 (plover41), on sentences written for the
test (not the gold sentences that prompted them): a proposal, plan, request or appeal rebuffed or
spurned is refused (REJECT 120), a person rebuffed stays a disapproval; an act ordered by its
past participle ("ordered the leaders arrested") is the act, not a demand; members leaving an
organisation by name are not an armed body leaving ground; armed bodies coming back into a place
are a move of force (MOBILIZE 154), not a return of property or people."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_top

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Kenya rebuffed a Ugandan proposal to share the lake's patrol costs, officials said.",
        "The junta spurned a request from the regional bloc to free the detained ministers.",
        "Armenia rebuffed an appeal by the mediators for a new round of border talks.",
    ],
)
def test_events_r23_plover_proposal_rebuffed_or_spurned_is_a_refusal(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code) == ("REJECT", "120"), text


def test_events_r23_plover_person_rebuffed_stays_a_disapproval(resources):
    top = pipeline_top("Ankara rebuffed the Greek minister over his remarks on Cyprus.", resources)
    assert top.plover_type == "ACCUSE"


@pytest.mark.parametrize(
    ("text", "ptype"),
    [
        ("The interior minister ordered the three union leaders arrested on Friday.", "COERCE"),
        ("The president ordered two Belgian diplomats expelled within 48 hours.", "SANCTION"),
        ("A court in Lusaka ordered the four students released on bail.", "RETREAT"),
    ],
)
def test_events_r23_plover_act_ordered_by_its_participle_is_the_act(resources, text, ptype):
    top = pipeline_top(text, resources)
    assert top.trigger.startswith("ordered")
    assert top.plover_type == ptype, text


def test_events_r23_plover_order_with_a_tensed_complement_stays_as_read(resources):
    top = pipeline_top("The minister ordered a review of the mining contracts.", resources)
    assert top.plover_type == "REQUEST"


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of fighters left al-Shabaab last year under the government amnesty.",
        "Some thirty commanders quit the FDLR in March, a UN report said.",
    ],
)
def test_events_r23_plover_fighters_leaving_an_organisation_do_not_leave_ground(resources, text):
    top = pipeline_top(text, resources)
    assert top.plover_type != "RETREAT", text


def test_events_r23_plover_fighters_leaving_a_town_by_name_still_pull_back(resources):
    top = pipeline_top("Rebel fighters left Bakhmut on Thursday night.", resources)
    assert (top.plover_type, top.cameo_code) == ("RETREAT", "087")


@pytest.mark.parametrize(
    "text",
    [
        "The rebels returned to Menaka on Sunday, a year after the army drove them out.",
        "Government troops returned to the town of Malakal after a week-long absence.",
    ],
)
def test_events_r23_plover_armed_body_returning_to_ground_is_a_move_of_force(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code) == ("MOBILIZE", "154"), text


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of refugees returned to their villages near Kalemie.",
        "The soldiers returned to their barracks after the parade.",
        "The foreign minister returned to Accra on Monday.",
    ],
)
def test_events_r23_plover_return_of_people_or_to_home_ground_stays_a_return(resources, text):
    top = pipeline_top(text, resources)
    assert top.plover_type != "MOBILIZE", text


@pytest.mark.parametrize(
    "text",
    [
        "Finland put two brigades on alert, the defence ministry said, citing Russian drills in Karelia.",
        "Estonia has placed its reservists on standby, the government said on Friday, citing "
        "Russian military activity near Narva.",
    ],
)
def test_events_r23_plover_threat_cited_by_the_report_is_the_mobilisations_target(resources, text):
    from event_helpers import countries_of

    top = pipeline_top(text, resources)
    assert top.plover_type == "MOBILIZE"
    assert "RUS" in countries_of(top.target), text


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of farmers blocked the bridge at Mongu in protest at land seizures by Angolan "
        "border police.",
        "Dozens of traders barricaded the market in Aného in protest against raids by Beninese "
        "customs officers, witnesses said.",
    ],
)
def test_events_r23_plover_protest_aimed_at_the_agent_of_the_act_protested(resources, text):
    from event_helpers import countries_of

    top = pipeline_top(text, resources)
    assert top.plover_type == "PROTEST"
    assert countries_of(top.target) & {"AGO", "BEN"}, text


def test_events_r23_plover_blockade_with_no_protest_phrase_keeps_its_place(resources):
    top = pipeline_top("Farmers blocked the bridge at Mongu on Monday.", resources)
    assert top.plover_type == "PROTEST"
    assert not any("Angol" in m.text for m in top.target)


def test_events_r23_plover_ordered_participle_reads_the_object_as_its_verb_would(resources):
    # "closed its border post" reads the border rows (SANCTION 160) through the compound; the
    # ordered closure reads them too, not the bare verb's restriction
    top = pipeline_top(
        "Kenya's interior ministry ordered the Busia border post with Uganda closed until further "
        "notice.",
        resources,
    )
    assert (top.plover_type, top.cameo_code) == ("SANCTION", "160")
