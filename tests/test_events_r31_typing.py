"""Classes of phrasing of the PLOVER typing round r31 (plover49), on sentences written for the
tests (not the gold sentences that prompted them): people of any trade seized by captors are
abducted (ASSAULT), people police seize are not; a hand-over of a person "wanted there" or
"wanted for" a crime is an extradition (COOPERATE), also where the parser made "wanted" a verb
joined to an active hand-over; a team flown to another state is aid (AID), and survivors pulled
from the rubble are rescued (AID), while troops pulled out stay a pull-back; a number or
quantifier whose group is named in a fronted "of" phrase ("Of the 900 migrants ..., 300 were
sent back") is that group, and people who crossed and are sent back are deported (COERCE); a
main clause's subject the parser hung as an apposition on the last noun of a fronted "after"
clause ("the border, Azerbaijan on Thursday turned down") is the subject of the main verb."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_top

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen who raided a quarry near Makeni seized four Turkish technicians and a local guard, "
        "police said.",
        "Militants seized two surveyors working on a new road near the border on Friday.",
    ],
)
def test_events_r31_people_of_any_trade_seized_by_captors_are_abducted(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.plover_mode) == ("ASSAULT", "abduct")


def test_events_r31_technicians_seized_by_police_are_no_abduction(resources):
    top = pipeline_top(
        "Police seized three technicians suspected of stealing copper cable, officials said.",
        resources,
    )
    assert top.plover_type == "COERCE"


@pytest.mark.parametrize(
    "text",
    [
        "Peru handed over to Bolivia on Monday a former army colonel wanted there for the killing "
        "of two students.",
        "Kosovo handed over to Albania a former customs chief wanted for smuggling, police said.",
    ],
)
def test_events_r31_a_person_wanted_there_or_for_a_crime_handed_over_is_extradited(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.plover_mode) == ("COOPERATE", "legal")


def test_events_r31_goods_handed_over_stay_aid(resources):
    top = pipeline_top("Japan handed over 500 tonnes of rice to Nepal on Monday.", resources)
    assert top.plover_type == "AID"


@pytest.mark.parametrize(
    "text",
    [
        "India flew two search teams into Nepal after the earthquake, the embassy said.",
        "Greece flew a medical team to Albania on Tuesday after the floods.",
    ],
)
def test_events_r31_a_team_flown_to_another_state_is_aid(resources, text):
    assert pipeline_top(text, resources).plover_type == "AID"


@pytest.mark.parametrize(
    "text",
    [
        "Chinese rescuers pulled eleven survivors from collapsed buildings in Bhaktapur on Sunday.",
        "Italian firefighters dragged four villagers from the debris of a collapsed school in "
        "Albania.",
    ],
)
def test_events_r31_people_pulled_from_the_rubble_are_rescued(resources, text):
    assert pipeline_top(text, resources).plover_type == "AID"


def test_events_r31_troops_pulled_from_a_town_stay_a_pull_back(resources):
    top = pipeline_top("The army pulled its troops from the border town on Sunday.", resources)
    assert top.plover_type == "RETREAT"


@pytest.mark.parametrize(
    "text",
    [
        "Of the 900 migrants who had reached the island, 300 were sent back to Libya on Monday.",
        "Some 1,200 of those who had crossed were sent back to Guatemala, officials said.",
    ],
)
def test_events_r31_part_of_a_group_of_migrants_sent_back_is_deported(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.plover_mode) == ("COERCE", "deport")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "After Yerevan accused Baku of shelling two villages near the border, Azerbaijan on "
            "Monday turned down an offer of talks in Moscow.",
            "AZE",
        ),
        (
            "After the Bolivian senate criticised Lima over the closure of the border, Peru on "
            "Monday rejected a request for a meeting of the two foreign ministers.",
            "PER",
        ),
    ],
)
def test_events_r31_a_main_subject_read_as_apposition_of_a_fronted_clause_acts(
    resources, text, country
):
    top = pipeline_top(text, resources)
    assert top.plover_type == "REJECT"
    assert country in {m.country for m in top.source}
