"""Round r26 (issue 9, helper "acled29"): classes of phrasing read from the tune misses of own27
and the round's leftovers. Vigilantes are an armed side of a fight of two armed sides (an armed
clash, not an attack); people gathering with a purpose clause that presses a demand ("paraded to
urge the government ...") are a peaceful protest though no grievance word is told; a state force
doing civilians "to death" kills them, so where no protest is told it is an attack, not a
protest's intervention, a denial above it included; a killing told as an accusation ("accused
soldiers of beating ...", "blamed troops for killing ...") has the accused as its doers.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import first_sentence

from realpolitik.eval.case import snippet_type
from realpolitik.events.acled_acts import reads_armed_fight, reads_state_force_killing_civilians
from realpolitik.events.acled_phrases import reads_attack_on_civilians
from realpolitik.events.acled_unnamed_protest import reads_unnamed_protest

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Vigilantes and bandits clashed for most of the afternoon outside Kware, leaving six "
        "vigilantes dead, a district head said.",
        "Vigilantes fought with gunmen on motorcycles near the cattle market of Dansadau on "
        "Monday, killing four of them, residents said.",
    ],
)
def test_vigilantes_fighting_an_armed_group_are_an_armed_clash(analyse, nlp, text):
    assert reads_armed_fight(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Armed clash"


def test_vigilantes_lynching_a_suspect_stay_mob_violence(analyse):
    text = "Vigilantes lynched a suspected thief in the market on Monday, police said."
    assert snippet_type(analyse(text)) == "Mob violence"


@pytest.mark.parametrize(
    "text",
    [
        "Several hundred inhabitants of Fort-Liberté paraded through the town on Monday to urge "
        "the government to repair the bridge, a radio station said.",
        "Dozens of fishermen gathered at the harbour master's office on Tuesday to press the port "
        "authority for cheaper fuel and a new jetty, a local radio said.",
    ],
)
def test_a_gathering_to_press_a_demand_is_a_peaceful_protest(analyse, nlp, text):
    assert reads_unnamed_protest(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Peaceful protest"


def test_a_gathering_to_watch_a_show_presses_no_demand(nlp):
    text = (
        "Residents gathered in the square on Saturday to watch the independence day fireworks, "
        "the mayor's office said."
    )
    assert not reads_unnamed_protest(first_sentence(nlp, text))


def test_police_denied_beating_civilians_to_death_is_an_attack(analyse, nlp):
    text = (
        "The police spokesman denied that officers had beaten two traders to death in a cell in "
        "Kindia."
    )
    assert reads_state_force_killing_civilians(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Attack"


def test_a_beating_without_death_is_no_killing(nlp):
    text = "Police officers beat two traders with batons at the market on Tuesday, witnesses said."
    assert not reads_state_force_killing_civilians(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Relatives accused soldiers of beating a herder to death at a checkpoint outside Gao, a "
        "charge the army rejected.",
        "Villagers blamed troops for killing five farmers near the river on Sunday, a rights "
        "group said.",
    ],
)
def test_a_state_force_accused_of_killing_civilians_is_an_attack(analyse, nlp, text):
    assert reads_state_force_killing_civilians(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Attack"


def test_rebels_accused_of_killing_farmers_are_an_attack(analyse, nlp):
    text = "The army accused rebels of killing five farmers near the river on Sunday."
    assert reads_attack_on_civilians(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Attack"


def test_the_accuser_is_no_doer_of_the_killing(nlp):
    text = "Soldiers accused the traders of hiding weapons in their stalls, a local official said."
    assert not reads_state_force_killing_civilians(first_sentence(nlp, text))
