"""Demonstrators or a crowd who force their way into a place ("stormed the assembly", "broke
into the ministry", "forced their way into the rector's office") are demonstrators turned
violent, the ACLED codebook's violent demonstration (lead, stop 65; probe sentences written as
wire text, these are others). A state force storming a place is no such crowd."""

from __future__ import annotations

import pytest
from event_helpers import first_sentence

from realpolitik.eval.case import snippet_type
from realpolitik.events.acled_crowd_damage import reads_demonstrators_forcing_entry

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Several hundred demonstrators stormed the regional assembly in Lviv on Wednesday, "
        "demanding the governor's resignation.",
        "Angry students broke into the education ministry in Colombo after the exam results "
        "were annulled.",
        "Opposition supporters forced their way into the tally centre in Lusaka late on Sunday, "
        "witnesses said.",
    ],
)
def test_demonstrators_forcing_their_way_in_are_a_violent_demonstration(analyse, nlp, text):
    assert reads_demonstrators_forcing_entry(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Violent demonstration"


def test_a_state_force_storming_a_building_is_no_crowd(nlp):
    text = "Soldiers stormed the rebel-held town hall in Bunia on Thursday."
    assert not reads_demonstrators_forcing_entry(first_sentence(nlp, text))


def test_demonstrators_gathering_outside_stay_peaceful(analyse):
    text = "Thousands of demonstrators marched to the parliament in Tbilisi on Saturday."
    assert snippet_type(analyse(text)) == "Peaceful protest"


def test_a_crowd_that_breaks_in_and_beats_someone_is_left_to_the_mob_reading(nlp):
    text = "Villagers broke into the police cell in Kasese and beat the suspect with sticks."
    assert not reads_demonstrators_forcing_entry(first_sentence(nlp, text))
