"""Round r12b (issue 9, helper "acled15"): classes of phrasing read from the tune misses of own13
and own12. An explosive thrown or held by hand is a grenade; gang members who shot civilians dead
are armed attackers. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import first_sentence

from realpolitik.events.acled_acts import reads_hand_thrown_explosive
from realpolitik.events.acled_phrases import reads_armed_attackers, reads_civilian_shot_dead

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "An attacker on a motorbike threw a hand-thrown explosive at the checkpoint in the market town.",
        "Witnesses said a hand device packed with explosives was lobbed over the prison wall.",
        "An explosive hand device went off in the courtyard of the mayor's residence overnight.",
    ],
)
def test_an_explosive_thrown_or_held_by_hand_reads_as_a_grenade(nlp, text):
    assert reads_hand_thrown_explosive(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "A hand-made bomb buried under the road struck an army truck near the border.",
        "A roadside explosive device hit a police convoy outside the provincial capital.",
    ],
)
def test_a_home_made_or_roadside_explosive_is_no_grenade(nlp, text):
    assert not reads_hand_thrown_explosive(first_sentence(nlp, text))


def test_an_explosive_hand_device_is_typed_a_grenade(analyse):
    text = "An explosive hand device went off in the courtyard of the mayor's residence overnight, police said."
    assert "Grenade" in {e.acled_sub_event_type for e in analyse(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Suspected gang members shot dead two traders at a bus stop on the edge of the city.",
        "Cartel gunmen and gangsters gunned down a family of five in a village near the state border.",
    ],
)
def test_gang_members_who_shot_civilians_dead_are_armed_attackers(nlp, text):
    assert reads_civilian_shot_dead(first_sentence(nlp, text))


def test_gang_members_shot_dead_by_police_are_no_attack_on_civilians(nlp):
    text = "Police shot dead three gang members during a raid on their hideout."
    assert not reads_civilian_shot_dead(first_sentence(nlp, text))


def test_a_gang_of_youths_beating_a_thief_stays_a_mob(nlp):
    text = "A gang of youths beat a suspected thief to death at the market."
    assert not reads_armed_attackers(first_sentence(nlp, text))
