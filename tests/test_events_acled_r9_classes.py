"""Round r9 (issue 9, helper "acled10"): classes of phrasing read from the tune misses of own10.
Strikers are a protest for deadly force on them; a burning or smashing done "in protest", or a
protest that ended in flames or rioting, is a violent demonstration; a proper name a side moves
into is the ground of a transfer; a mass or clandestine grave found is an "Other" development;
an accused person beaten or burned by hand with no organised side is mob violence. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import acled_types, first_sentence

from realpolitik.events.acled_acts import reads_lethal_force_on_protest, reads_mob_justice
from realpolitik.events.acled_phrases import reads_grave_found
from realpolitik.events.acled_protest_force import reads_damage_in_protest, reads_violent_protest
from realpolitik.events.acled_typing import reads_unopposed_transfer

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Troops shot dead three striking dockworkers outside the port offices.",
        "Guards at the plantation opened fire on strikers at the gate, killing a labourer.",
    ],
)
def test_deadly_fire_on_strikers_is_force_on_a_protest(nlp, text):
    assert reads_lethal_force_on_protest(first_sentence(nlp, text))


def test_deadly_fire_on_striking_workers_is_excessive_force(analyse):
    text = "Troops shot dead three striking dockworkers outside the port offices."
    assert "Excessive force against protesters" in acled_types(analyse, text)


def test_a_striking_goal_is_no_protest(nlp):
    sent = first_sentence(nlp, "The forward fired a striking shot into the net, killing off the match.")
    assert not reads_lethal_force_on_protest(sent)


@pytest.mark.parametrize(
    "text",
    [
        "Angry traders smashed the windows of the tax bureau in protest against the new levies.",
        "Residents set fire to the district office in protest over the arrest of their chief.",
    ],
)
def test_damage_done_in_protest_is_a_violent_protest(nlp, text):
    sent = first_sentence(nlp, text)
    assert reads_damage_in_protest(sent)
    assert reads_violent_protest(sent)


def test_a_resignation_in_protest_is_no_damage(nlp):
    sent = first_sentence(nlp, "Two ministers resigned in protest at the budget cuts.")
    assert not reads_damage_in_protest(sent)


def test_shops_burned_in_protest_are_a_violent_demonstration(analyse):
    text = "Youths burned shops and a petrol station in protest over the price of bread."
    assert "Violent demonstration" in acled_types(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "The students' rally against fee rises descended into rioting in the city centre.",
        "A march for the slain activist ended in clashes and a burned police car.",
    ],
)
def test_a_protest_that_ended_in_mayhem_is_violent(nlp, text):
    assert reads_violent_protest(first_sentence(nlp, text))


def test_a_protest_that_ended_with_a_prayer_is_not(nlp):
    sent = first_sentence(nlp, "The rally ended with a prayer for the victims outside the governor's office.")
    assert not reads_violent_protest(sent)


def test_a_name_moved_into_after_a_withdrawal_is_transferred_ground(nlp):
    sent = first_sentence(nlp, "Militia fighters moved into Kalongwe after the army pulled out on Friday.")
    assert reads_unopposed_transfer(sent)


def test_a_company_moving_into_a_market_is_no_transfer(nlp):
    sent = first_sentence(nlp, "The fund moved into Safaricom shares after a rival investor pulled out.")
    assert not reads_unopposed_transfer(sent)


@pytest.mark.parametrize(
    "text",
    [
        "Forensic teams exhumed a mass grave containing thirty bodies near the village.",
        "Searchers found a clandestine grave with the remains of eleven men on a ranch.",
    ],
)
def test_a_mass_grave_found_reads_as_other(nlp, text):
    assert reads_grave_found(first_sentence(nlp, text))


def test_a_trial_over_a_mass_grave_does_not(nlp):
    sent = first_sentence(nlp, "The court heard that the victims were buried in a mass grave in 1995.")
    assert not reads_grave_found(sent)


def test_a_mass_grave_found_is_typed_other(analyse):
    text = "Forensic teams exhumed a mass grave containing thirty bodies near the village, the rights commission said."
    assert "Other" in acled_types(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "A man suspected of stealing a goat was beaten to death at the cattle market.",
        "A pickpocket suspect was burned alive in the bus station on Tuesday.",
    ],
)
def test_an_accused_person_beaten_by_hand_is_mob_violence(nlp, text):
    assert reads_mob_justice(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "A suspected bandit was killed by troops in the forest.",
        "The suspect was beaten by police officers during questioning.",
    ],
)
def test_an_accused_killed_or_beaten_by_an_organised_side_is_not(nlp, text):
    assert not reads_mob_justice(first_sentence(nlp, text))
