"""Round r5 (issue 9): mob violence read where the attackers are an armed group is an attack, and
an armed group ordered to disband names its change of activity (a cue of the sub-type), and
violence in a quarrel between kin or neighbours is crime, no ACLED event."""

from __future__ import annotations

import pytest
from event_helpers import first_sentence

from realpolitik.events.acled_model import best
from realpolitik.events.acled_phrases import reads_armed_attackers, reads_private_quarrel
from realpolitik.events.acled_typing import _decision_scores, subtypes

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed a wedding party in a hill village and killed six guests.",
        "Six herders were hacked to death by raiders from across the river.",
        "Armed bandits rode into the hamlet at dawn and shot the headman.",
    ],
)
def test_an_armed_group_as_the_killers_reads_as_armed_attackers(nlp, text):
    assert reads_armed_attackers(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "An angry crowd beat a suspected thief to death in the market.",
        "Villagers lynched a man accused of witchcraft near the cemetery.",
        "Residents and militia fighters chased the robbers out of town.",
    ],
)
def test_a_crowd_as_the_attackers_does_not(nlp, text):
    assert not reads_armed_attackers(first_sentence(nlp, text))


def test_mob_violence_by_an_armed_group_yields_to_attack(nlp):
    probs = {"Mob violence": 0.3, "Attack": 0.2, "none": 0.1}
    raid = first_sentence(nlp, "Gunmen stormed a wedding party in a hill village and killed six guests.")
    assert best(_decision_scores(probs, raid, [])).label == "Attack"
    lynching = first_sentence(nlp, "An angry crowd beat a suspected thief to death in the market.")
    assert best(_decision_scores(probs, lynching, [])).label == "Mob violence"


def test_disbanding_and_disarming_are_cues_of_a_change_to_group_activity():
    cues = set(subtypes()["Change to group/activity"].cues)
    assert {"disband", "demobilize", "demobilise", "disarm"} <= cues


def test_an_order_to_disband_carries_the_change_to_group_activity(analyse):
    events = analyse("The rebel command told its fighters to disband and return to their farms.")
    assert "Change to group/activity" in {e.acled_sub_event_type for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "A farmer stabbed his brother to death after an argument over land, police said.",
        "A tenant beat his landlord unconscious in a row over unpaid rent.",
    ],
)
def test_violence_in_a_quarrel_between_kin_or_neighbours_reads_private(nlp, text):
    assert reads_private_quarrel(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Militia fighters killed a trader and his brother after a dispute at a checkpoint.",
        "Gunmen shot dead a village chief and his wife in their home.",
        "Two clans fought over a land dispute, leaving nine dead.",
    ],
)
def test_an_armed_side_or_no_quarrel_is_not_private(nlp, text):
    assert not reads_private_quarrel(first_sentence(nlp, text))


def test_an_attack_in_a_private_quarrel_is_no_acled_event(nlp):
    probs = {"Attack": 0.3, "none": 0.2}
    quarrel = first_sentence(nlp, "A farmer stabbed his brother to death after an argument over land.")
    assert best(_decision_scores(probs, quarrel, [])).label == "none"
    raid = first_sentence(nlp, "Gunmen shot dead a village chief and his wife in their home.")
    assert best(_decision_scores(probs, raid, [])).label == "Attack"
