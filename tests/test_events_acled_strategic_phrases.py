"""Round 9: phrases of the strategic developments and of a protest's arrests vote for their
sub-type (`events/acled_phrases.py`): marchers arrested, a curfew or roadblock imposed, a base
set up, a person taken away unseen, an armed group disbanding or merging; a seizure of drugs
with no weapon is no ACLED event; a handing of control without "over" is a transfer. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import first_sentence

from realpolitik.events.acled_model import best
from realpolitik.events.acled_phrases import (
    reads_base_set_up,
    reads_contraband_seizure,
    reads_crowd_clash,
    reads_defused_explosive,
    reads_disappearance,
    reads_group_change,
    reads_interception,
    reads_protest_arrest,
    reads_restriction,
)
from realpolitik.events.acled_typing import _decision_scores, reads_unopposed_transfer

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    ("reader", "text"),
    [
        (
            reads_protest_arrest,
            "Police in Lusaka arrested thirty students who had marched on the ministry.",
        ),
        (reads_protest_arrest, "Dozens of demonstrators were rounded up outside the courthouse."),
        (reads_restriction, "The militia declared a dusk-to-dawn curfew in the oasis town."),
        (reads_restriction, "Soldiers set up checkpoints on every road out of the city."),
        (reads_restriction, "The governor banned all rallies in the province until the vote."),
        (reads_base_set_up, "The rebels established a new base in the hills above the town."),
        (reads_base_set_up, "Fighters converted the old hospital into a command post."),
        (reads_disappearance, "Masked men took the lawyer away from his office on Tuesday."),
        (reads_disappearance, "Her whereabouts remain unknown three weeks after the raid."),
        (
            reads_disappearance,
            "The blogger was forced into a car by unidentified men outside his flat.",
        ),
        (reads_group_change, "The two rebel movements merged under a single command."),
        (reads_group_change, "The militia disbanded after its founder was killed."),
        (reads_group_change, "The insurgents named a new commander after the raid."),
        (
            reads_contraband_seizure,
            "Police seized 300 kilograms of cannabis from a lorry near the border.",
        ),
        (reads_defused_explosive, "Sappers defused a bomb hidden under the bridge on Monday."),
        (
            reads_defused_explosive,
            "Police defused the parcel bomb at the post office before it could explode.",
        ),
        (
            reads_defused_explosive,
            "A device was discovered near the stadium and safely dismantled.",
        ),
        (reads_defused_explosive, "Deminers cleared the farmland of landmines left by the war."),
        (reads_interception, "Air defences shot down two missiles over the capital overnight."),
        (reads_interception, "The navy intercepted a drone launched towards the tanker."),
        (
            reads_crowd_clash,
            "Supporters of the two football clubs fought with bottles outside the stadium.",
        ),
        (reads_crowd_clash, "Residents of neighbouring villages clashed over a disputed well."),
    ],
)
def test_a_phrase_of_its_class_is_read(nlp, reader, text):
    assert reader(first_sentence(nlp, text))


@pytest.mark.parametrize(
    ("reader", "text"),
    [
        (reads_protest_arrest, "Police arrested the mayor on corruption charges."),
        (reads_protest_arrest, "Troops shot dead two marchers and detained dozens more."),
        (reads_restriction, "Gunmen attacked a checkpoint outside the town at night."),
        (reads_restriction, "The convoy passed three checkpoints before reaching the camp."),
        (reads_base_set_up, "Militants shelled a military base near the border."),
        (reads_disappearance, "The floodwaters took the bridge away overnight."),
        (reads_group_change, "The bank merged with a smaller rival last year."),
        (reads_group_change, "The rebels attacked an army post and killed four soldiers."),
        (reads_contraband_seizure, "Police seized rifles and cannabis in a raid on the farm."),
        (reads_defused_explosive, "A bomb exploded under the bridge before sappers arrived."),
        (reads_defused_explosive, "The army cleared the valley of insurgents last spring."),
        (
            reads_defused_explosive,
            "The mine blew up while engineers were trying to defuse it, killing two of them.",
        ),
        (reads_interception, "Militants shot two guards at the gate of the depot."),
        (reads_interception, "Jets destroyed a rocket factory outside the city."),
        (reads_crowd_clash, "Villagers clashed with soldiers at the edge of the forest."),
        (reads_crowd_clash, "Two rival militias fought for control of the market town."),
    ],
)
def test_a_phrase_outside_its_class_is_not_read(nlp, reader, text):
    assert not reader(first_sentence(nlp, text))


def test_handing_control_of_a_place_reads_as_a_transfer(nlp):
    assert reads_unopposed_transfer(
        first_sentence(nlp, "The insurgents handed control of the provincial capital to tribal elders.")
    )
    assert not reads_unopposed_transfer(
        first_sentence(nlp, "The minister handed control of the budget to his deputy.")
    )


def test_an_arrest_at_a_protest_outweighs_the_plain_arrest_reading(nlp):
    probs = {"Arrests": 0.3, "Protest with intervention": 0.2, "none": 0.1}
    march = first_sentence(
        nlp, "Police in Lusaka arrested thirty students who had marched on the ministry."
    )
    assert best(_decision_scores(probs, march, [])).label == "Protest with intervention"
    mayor = first_sentence(nlp, "Police arrested the mayor on corruption charges.")
    assert best(_decision_scores(probs, mayor, [])).label == "Arrests"


def test_a_drug_seizure_read_as_disrupted_weapons_use_is_none(nlp):
    probs = {"Disrupted weapons use": 0.5, "none": 0.2}
    drugs = first_sentence(nlp, "Police seized 300 kilograms of cannabis from a lorry near the border.")
    assert best(_decision_scores(probs, drugs, [])).label == "none"
    arms = first_sentence(nlp, "Police seized rifles and cannabis in a raid on the farm.")
    assert best(_decision_scores(probs, arms, [])).label == "Disrupted weapons use"


def test_a_burning_or_throwing_during_a_protest_reads_violent(nlp):
    from realpolitik.events.acled_typing import reads_violent_protest

    for text in (
        "Angry traders burned tyres and smashed windows during the protest.",
        "Youths hurled stones at the police during the rally outside the court.",
    ):
        assert reads_violent_protest(first_sentence(nlp, text)), text
    assert not reads_violent_protest(
        first_sentence(nlp, "Police burned seized drugs during a ceremony at the barracks.")
    )
