"""Round r13 (issue 9, helper "acled16"): classes of phrasing read from the tune misses of own14.
An assault repelled, repulsed or beaten back by an armed side is an armed clash; a state force
retaking a place is a government gain of territory; people walking or parading with a demand
("asking", "claiming" unpaid pay) tell a protest, whose reading now votes as a violent act's
phrase (0.3); people arrested for a protest being planned, organised or called for are arrests,
also where the classifier read the protest's intervention. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import acled_types, first_sentence

from realpolitik.events.acled_acts import reads_assault_repelled, reads_ground_retaken
from realpolitik.events.acled_protest_force import protest_under_way, reads_arrest_before_protest
from realpolitik.events.acled_unnamed_protest import reads_unnamed_protest

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Government soldiers beat back a rebel attack on their barracks before dawn.",
        "An assault by militants on the border post was repulsed by the guards.",
        "The garrison fought off a night raid by the insurgents, the army said.",
        "Marines repelled an enemy incursion near the river crossing.",
    ],
)
def test_an_assault_driven_back_by_an_armed_side_reads_as_a_fight(nlp, text):
    assert reads_assault_repelled(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The goalkeeper beat back a late attack to keep the clean sheet.",
        "The minister repelled the opposition's attack on the budget in parliament.",
        "Soldiers guarded the bridge through the night.",
    ],
)
def test_a_sporting_or_political_attack_fended_off_is_no_fight(nlp, text):
    assert not reads_assault_repelled(first_sentence(nlp, text))


def test_a_repelled_push_is_typed_an_armed_clash(analyse):
    text = "Defenders repelled a tank-backed push toward the village overnight, the brigade said."
    assert "Armed clash" in acled_types(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Army troops recaptured the district headquarters from the rebels on Monday.",
        "Police and soldiers retook the hill town of Daru after the militia fled.",
        "Government forces regained control of the airport, a spokesman said.",
    ],
)
def test_a_state_force_retaking_a_place_reads_as_a_gain(nlp, text):
    assert reads_ground_retaken(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The company regained its market share in the capital after a slow year.",
        "The champion retook the title in the final round.",
        "Rebels recaptured the town from the army on Sunday.",
    ],
)
def test_a_title_a_market_or_a_rebel_gain_is_no_state_gain(nlp, text):
    assert not reads_ground_retaken(first_sentence(nlp, text))


def test_troops_retaking_a_village_are_typed_a_government_gain(analyse):
    text = "Federal troops retook the fishing village of Kalamu from the insurgents on Thursday."
    assert "Government regains territory" in acled_types(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of pensioners walked to the treasury asking that their arrears be paid.",
        "Sacked miners paraded through the town centre claiming their final wages.",
    ],
)
def test_people_walking_with_a_demand_tell_a_protest(nlp, text):
    assert reads_unnamed_protest(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Tourists walked through the old town on a sunny afternoon.",
        "Students paraded in their new uniforms at the school's anniversary.",
    ],
)
def test_people_walking_with_no_demand_tell_no_protest(nlp, text):
    assert not reads_unnamed_protest(first_sentence(nlp, text))


def test_workers_gathering_for_unpaid_pay_are_typed_a_peaceful_protest(analyse):
    text = "Hospital cleaners gathered outside the health office on Tuesday demanding four months of unpaid wages."
    assert "Peaceful protest" in acled_types(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police detained nine students suspected of planning a march on the palace.",
        "Two union officials were arrested for organising a rally against the wage freeze.",
        "Agents detained a blogger accused of calling for protests over the fuel price.",
    ],
)
def test_people_arrested_for_a_protest_being_planned_are_arrested_before_it(nlp, text):
    assert reads_arrest_before_protest(first_sentence(nlp, text))


def test_a_rally_organised_in_a_finite_clause_is_under_way(nlp):
    text = "Farmers organised a rally outside the ministry and police arrested twelve of them."
    assert protest_under_way(first_sentence(nlp, text))


def test_activists_detained_for_planning_protests_are_typed_arrests(analyse):
    text = "Police in the capital detained 11 opposition members accused of planning unauthorised rallies against the new constitution."
    assert "Arrests" in acled_types(analyse, text)
