"""Round r22 (issue 9, helper "acled25"): classes of phrasing read from the tune misses of own23.
Police tear gas or a dispersal on a protest, the crowd's own violence untold, is a protest with
intervention; protesters who smash, overturn or burn in a coordinated verb, or named by a protest
participle on the subject, make a violent demonstration; an armed group driven out of a name the
tagger misses, told as lying in a named place, is the state regaining ground. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from event_helpers import acled_types, first_sentence

from realpolitik.events.acled_acts import reads_group_dislodged
from realpolitik.events.acled_protest_force import reads_blockade_dispersed, reads_violent_protest

pytestmark = pytest.mark.slow  # needs the English parse


def test_tear_gas_on_road_blockers_protesting_is_an_intervention_not_a_riot(analyse, nlp):
    text = (
        "Riot police dispersed motorbike taxi riders blocking the main highway into Kisumu with tear "
        "gas on Monday as they protested a new licence fee."
    )
    assert reads_blockade_dispersed(first_sentence(nlp, text))
    assert "Protest with intervention" in acled_types(analyse, text)


def test_blockers_throwing_stones_at_the_police_are_no_dispersed_blockade(nlp):
    text = (
        "Police fired tear gas at truckers blocking the highway who hurled stones at the officers."
    )
    assert not reads_blockade_dispersed(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Demonstrators broke into the town hall and torched the archive on Monday.",
        "Marchers occupied the governor's office and smashed computers on Tuesday.",
    ],
)
def test_protesters_smashing_or_burning_in_a_later_verb_are_a_violent_crowd(nlp, text):
    assert reads_violent_protest(first_sentence(nlp, text))


def test_a_peaceful_gathering_is_no_violent_crowd(nlp):
    sent = first_sentence(nlp, "Protesters gathered at the square and chanted slogans on Friday.")
    assert not reads_violent_protest(sent)


@pytest.mark.parametrize(
    "text",
    [
        "Troops chased the jihadists out of Boulkessi in the Mopti region on Sunday.",
        "Soldiers pushed the rebels out of Kigoma in Masisi territory on Friday.",
    ],
)
def test_an_armed_group_driven_out_of_a_place_told_in_a_region_is_ground_regained(nlp, text):
    assert reads_group_dislodged(first_sentence(nlp, text))


def test_rebels_driving_soldiers_out_is_no_state_regaining(nlp):
    sent = first_sentence(nlp, "Rebels drove the soldiers out of Kigoma in Masisi territory.")
    assert not reads_group_dislodged(sent)
