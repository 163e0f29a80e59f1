"""Round r8 (issue 9, helper "acled9"): three classes of protest phrasing read from the tune
misses of own9 and own4. A vigil or a picket with a grievance named is a protest; people whose
clause blocks a road are a protest for deadly force on them (the reader's vote; where attack
cues outweigh it the classifier's attack stands, see docs/events-acled.md); a throwing or smashing in the
protesters' participle clause, or coordinated with it, makes the protest violent. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import first_sentence

from realpolitik.events.acled_acts import reads_lethal_force_on_protest
from realpolitik.events.acled_protest_force import reads_violent_protest
from realpolitik.events.acled_unnamed_protest import reads_unnamed_protest

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Residents held a vigil in front of the town hall against the planned closure of the hospital.",
        "Dock workers formed a picket line at the port gates over unpaid overtime.",
        "Relatives stage candle vigil outside prison demanding news of jailed reporter",
    ],
)
def test_a_vigil_or_picket_with_a_grievance_reads_as_a_protest(nlp, text):
    assert reads_unnamed_protest(first_sentence(nlp, text))


def test_a_vigil_for_the_victims_of_a_disaster_does_not(nlp):
    sent = first_sentence(nlp, "Hundreds held a candlelight vigil on Sunday for the victims of the ferry disaster.")
    assert not reads_unnamed_protest(sent)


def test_a_vigil_with_a_grievance_is_typed_a_peaceful_protest(analyse):
    events = analyse("Teachers hold silent vigil outside education ministry against school closures")
    assert "Peaceful protest" in {e.acled_sub_event_type for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "Troops fired on villagers blocking a highway near the mine, killing three of them.",
        "Police opened fire on traders barricading the main road into the market, killing two.",
    ],
)
def test_deadly_fire_on_people_blocking_a_road_is_force_on_a_protest(nlp, text):
    assert reads_lethal_force_on_protest(first_sentence(nlp, text))


def test_deadly_fire_on_people_blocking_a_bank_account_is_not(nlp):
    sent = first_sentence(
        nlp, "Gunmen shot dead two clerks who were blocking the accounts of a local trader."
    )
    assert not reads_lethal_force_on_protest(sent)


@pytest.mark.parametrize(
    "text",
    [
        "Protesters rejecting the vote count smashed storefronts and overturned buses in the city centre.",
        "Protesters burning tyres blocked the main avenue of the capital for hours.",
    ],
)
def test_a_throwing_in_or_beside_the_protesters_clause_makes_the_protest_violent(nlp, text):
    assert reads_violent_protest(first_sentence(nlp, text))


def test_protesters_demanding_justice_for_a_burning_are_not_violent(nlp):
    sent = first_sentence(
        nlp, "Protesters demanding the release of the men who torched the market gathered outside the court."
    )
    assert not reads_violent_protest(sent)


def test_smashing_by_protesters_whose_main_verb_the_parse_lost_is_a_violent_demonstration(analyse):
    events = analyse(
        "Demonstrators opposing the election result smashed shop windows and overturned cars downtown."
    )
    assert "Violent demonstration" in {e.acled_sub_event_type for e in events}
