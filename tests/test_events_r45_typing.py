"""Classes of phrasing of the PLOVER typing round r45 (plover63), on sentences written for the
tests (not the gold sentences that prompted them):

- "handed over to X a banker wanted there for ...": the parser hangs "wanted" as an adverbial
  clause after the hand-over, with the person its subject; the hand-over is still an extradition
  (`handed_over._wanted_conjunct_of_active`).
- "Bowing to pressure from X, troops withdrew from ...": forces pulled back stay a withdrawal
  (RETREAT), as "under pressure" reads them; a resignation "bowing to pressure" is still the
  concession (`giving_in`, `withdrawal_codes`).
- "Detained in X on a warrant, a smuggler wanted for ... was driven to the border and delivered to
  Y's police": "wanted" parsed as the clause's verb (or the subject of "driven"), the hand-over
  joined to it had no person and read aid, and the fronted detention outranked it
  (`suspect_handovers.handed_people`, `extract._fronts_joined_handover`).

Sentences written for the test, none from a gold set."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_top

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Moroccan police on Friday handed over to Spain a banker wanted there for the theft of "
        "pension funds, officials said.",
        "Algerian police on Friday handed over to Tunisia a trader wanted there for the killing of "
        "a customs officer, officials said.",
        "Montenegrin police on Wednesday handed over to Serbia a boxer wanted there for the beating "
        "of a referee, a spokesman said.",
    ],
)
def test_events_r45_wanted_person_shifted_after_the_receiver_is_extradited(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.plover_mode) == ("COOPERATE", "legal"), text


def test_events_r45_goods_shifted_after_the_receiver_stay_aid(resources):
    top = pipeline_top("Japan handed over to Madagascar twelve ambulances on Monday.", resources)
    assert top.plover_type == "AID"


@pytest.mark.parametrize(
    "text",
    [
        "Bowing to pressure from the United Nations, Moroccan troops withdrew on Monday from a "
        "buffer zone near Guerguerat that they had entered a week earlier.",
        "Yielding to pressure from Washington, Nicaraguan soldiers pulled out of two islands in the "
        "San Juan river on Tuesday.",
    ],
)
def test_events_r45_forces_withdrawn_bowing_to_pressure_stay_a_withdrawal(resources, text):
    assert pipeline_top(text, resources).plover_type == "RETREAT", text


def test_events_r45_a_resignation_bowing_to_pressure_stays_a_concession(resources):
    top = pipeline_top(
        "The interior minister resigned on Friday, bowing to pressure from the opposition.", resources
    )
    assert top.plover_type == "CONCEDE"


@pytest.mark.parametrize(
    "text",
    [
        "Seized in Kathmandu on an Indian warrant, a trader wanted for smuggling gold was taken to "
        "the border at Raxaul on Friday and delivered to Indian police, officials said.",
        "Detained in Tunis on an Algerian warrant, a smuggler wanted for moving fuel across the "
        "desert was driven to the border post at Bouchebka on Monday and delivered to Algerian "
        "police, a Tunisian spokesman said.",
    ],
)
def test_events_r45_wanted_person_driven_and_delivered_after_a_fronted_arrest(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.plover_mode) == ("COOPERATE", "legal"), text


def test_events_r45_fronted_detention_before_questioning_stays_coercion(resources):
    top = pipeline_top(
        "Detained in Tunis on a warrant, a smuggler wanted for moving fuel across the desert was "
        "driven to a prison in Sfax on Monday and questioned by detectives, a spokesman said.",
        resources,
    )
    assert top.plover_type == "COERCE"

