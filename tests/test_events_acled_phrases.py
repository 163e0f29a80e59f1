"""Phrases that name a sub-type vote for it whatever events the lexicon found: ground changing
hands without a fight votes for a non-violent transfer of territory, a protest named violent or
whose protesters throw things votes for a violent demonstration (round 8, second pass)."""

from __future__ import annotations

import pytest
from event_helpers import first_sentence

from realpolitik.events.acled_model import best
from realpolitik.events.acled_typing import (
    _decision_scores,
    reads_unopposed_transfer,
    reads_violent_protest,
)

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Rebel fighters entered the border town without a fight after the garrison left.",
        "The tribal militia entered the oasis town without fighting on Sunday.",
        "The army handed over the hilltop outpost to the peacekeepers on Friday.",
        "Government troops withdrew from the district and militia fighters moved in a day later.",
        "The province was ceded to the autonomous council under last year's accord.",
    ],
)
def test_ground_changing_hands_without_a_fight_reads_as_a_transfer(nlp, text):
    assert reads_unopposed_transfer(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The opposition party withdrew from the coalition government on Monday.",
        "Troops took the village after a fierce battle with the insurgents.",
        "The minister handed the report to the committee without comment.",
    ],
)
def test_a_withdrawal_from_politics_or_a_fought_capture_is_no_transfer(nlp, text):
    assert not reads_unopposed_transfer(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Customs officers in Mombasa handed over the two smugglers to the police on Monday.",
        "The rebels turned over the bodies of three pilots to the Red Cross in Goma.",
        "The gang handed Maria Lopez over to investigators in the port city of Callao.",
        "Border guards in Tororo turned over four traffickers and their driver to the court.",
    ],
)
def test_handing_over_people_in_a_named_place_is_no_transfer(nlp, text):
    assert not reads_unopposed_transfer(first_sentence(nlp, text))


def test_the_transfer_phrase_outweighs_a_mild_classifier_preference(nlp):
    probs = {
        "Non-violent transfer of territory": 0.12,
        "Change to group/activity": 0.3,
        "none": 0.2,
    }
    handed = first_sentence(
        nlp, "The army handed over the hilltop outpost to the peacekeepers on Friday."
    )
    assert best(_decision_scores(probs, handed, [])).label == "Non-violent transfer of territory"
    talks = first_sentence(nlp, "The army chief met the peacekeepers' commander on Friday.")
    assert best(_decision_scores(probs, talks, [])).label == "Change to group/activity"


@pytest.mark.parametrize(
    "text",
    [
        "Violent demonstrations broke out in the port city overnight.",
        "A masked demonstrator hurled a brick at the riot police.",
        "Students protested violently outside the ministry.",
    ],
)
def test_a_protest_named_violent_or_throwing_things_reads_violent(nlp, text):
    assert reads_violent_protest(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Thousands marched peacefully through the capital on Sunday.",
        "Police threw a cordon around the rally in the main square.",
        "The violent crackdown drew thousands of protesters to the square.",
    ],
)
def test_a_calm_protest_or_violence_by_others_does_not_read_violent(nlp, text):
    assert not reads_violent_protest(first_sentence(nlp, text))


def test_a_violent_protest_phrase_outweighs_the_peaceful_reading(nlp):
    probs = {"Peaceful protest": 0.3, "Violent demonstration": 0.2, "none": 0.1}
    riot = first_sentence(nlp, "Violent demonstrations broke out in the port city overnight.")
    assert best(_decision_scores(probs, riot, [])).label == "Violent demonstration"
    calm = first_sentence(nlp, "Thousands marched peacefully through the capital on Sunday.")
    assert best(_decision_scores(probs, calm, [])).label == "Peaceful protest"


def test_the_verb_of_an_unopposed_entry_carries_the_transfer(analyse):
    # "walked" is a SANCTION in the lexicon ("walked out"), which cannot carry a transfer; the
    # phrase "without a fight" hangs on it, so it is the transfer's act.
    events = analyse(
        "Rebel fighters walked into the hill town without a fight after the soldiers had left."
    )
    typed = {e.trigger: e.acled_sub_event_type for e in events if e.acled_sub_event_type}
    assert typed == {"walked": "Non-violent transfer of territory"}
