"""Round r25 (issue 9, helper "acled28"): classes of phrasing read from the tune misses of own26
and the round's leftovers. A protest action (a boycott, a strike) only called for or urged is no
protest held, so no ACLED event; people who occupied a building and are evicted or detained are
a protest with intervention; a crowd told as rioting ("went on the rampage") is a violent
demonstration whatever death is told as its cause; a state force killing civilians is an attack,
a denial above the killing included; violence told only as the background of a state of things
("a week after gunmen killed ..., residents are still afraid") is no event of the report.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import first_sentence

from realpolitik.eval.case import snippet_type
from realpolitik.events.acled_acts import (
    reads_protest_called_for,
    reads_state_force_killing_civilians,
)
from realpolitik.events.acled_background import reads_background_violence
from realpolitik.events.acled_crowd_damage import reads_crowd_riot
from realpolitik.events.acled_protest_force import reads_occupiers_removed

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Opposition parties called for a boycott of Sunday's council elections in the eastern "
        "province, saying the voters' roll had been rigged, and officials said turnout was low.",
        "Turnout was under twenty percent in the provincial vote after armed groups urged "
        "residents to boycott the polls, the election body said.",
        "The dockers' union demanded a general strike from next week over unpaid wages, a "
        "spokesman said on Tuesday, as talks with the port authority broke down.",
    ],
)
def test_a_protest_only_called_for_is_no_acled_event(analyse, nlp, text):
    assert reads_protest_called_for(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "none"


def test_a_protest_held_after_a_call_stays_a_peaceful_protest(analyse):
    text = (
        "Thousands of traders marched through the capital on Monday after the chamber of "
        "commerce called for a boycott of the new tax, police said."
    )
    assert snippet_type(analyse(text)) == "Peaceful protest"


def test_a_boycott_observed_is_no_call(nlp):
    text = (
        "Shopkeepers in the old town kept their shutters down on Friday, observing a boycott of "
        "the market fees called by their association."
    )
    assert not reads_protest_called_for(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Police evicted dozens of nurses who had occupied the offices of the provincial health "
        "department in Kananga for a week over unpaid allowances, detaining five, a union said.",
        "Gendarmes detained fourteen farmers occupying the offices of a sugar company near "
        "Nzoro on Tuesday in a dispute over land, their lawyer said.",
    ],
)
def test_occupiers_evicted_or_detained_are_a_protest_with_intervention(analyse, nlp, text):
    assert reads_occupiers_removed(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Protest with intervention"


def test_armed_occupiers_removed_are_no_protesters(nlp):
    text = "Soldiers removed the militants who had occupied a school in the village since March."
    assert not reads_occupiers_removed(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Youths in the lakeside town of Nkhata went on the rampage on Saturday after a "
        "schoolboy was run over by a minibus, burning two cars and looting kiosks, police said.",
        "Traders ran riot in the central market of Kasama after council officers seized their "
        "goods, smashing the windows of the council offices, witnesses said.",
    ],
)
def test_a_crowd_on_the_rampage_is_a_violent_demonstration(analyse, nlp, text):
    assert reads_crowd_riot(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Violent demonstration"


def test_gunmen_on_a_killing_rampage_are_no_riot(analyse, nlp):
    text = (
        "Gunmen went on a killing rampage in a village of Zamfara on Sunday, shooting dead "
        "twelve people, residents said."
    )
    assert not reads_crowd_riot(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        "The army denied on Wednesday that its soldiers had killed nine civilians during a "
        "search of a village near Menaka, saying those who died were fighters.",
        "Soldiers shot dead three fishermen on the lake shore near Baga on Monday, accusing them "
        "of supplying the insurgents, residents said.",
    ],
)
def test_a_state_force_killing_civilians_is_an_attack(analyse, nlp, text):
    assert reads_state_force_killing_civilians(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        "Rights groups condemned the killing of six herders by soldiers in a village near "
        "Mopti on Sunday, a spokesman said.",
        "Relatives demanded justice for the shooting of two traders by police at a checkpoint "
        "outside Kano on Friday.",
    ],
)
def test_a_killing_of_civilians_by_a_state_force_told_by_a_noun_is_an_attack(analyse, nlp, text):
    assert reads_state_force_killing_civilians(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Attack"


def test_a_killing_by_gunmen_told_by_a_noun_is_no_state_killing(nlp):
    text = "The killing of a student by gunmen at a market in Jos drew condemnation on Monday."
    assert not reads_state_force_killing_civilians(first_sentence(nlp, text))


def test_troops_killing_militants_in_a_firefight_stay_a_clash(analyse, nlp):
    text = "Troops killed nine militants in a firefight near Gao on Sunday, the army said."
    assert not reads_state_force_killing_civilians(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "Ten days after bandits killed 22 farmers near Shiroro, villagers in the area are still "
        "too afraid to go back to their fields, a community leader said.",
        "Markets in Djibo remained shut on Tuesday, two weeks after an assault by jihadists on "
        "a convoy of traders killed 35 people, residents said.",
        "Hundreds of families remain in camps near Mopti since the raid on their village in "
        "March, aid workers said.",
    ],
)
def test_violence_told_only_as_background_is_no_event(analyse, nlp, text):
    assert reads_background_violence(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Two days after militants killed ten soldiers near Diffa, the army launched an "
        "offensive in the area, killing twenty fighters, a spokesman said.",
        "A dusk-to-dawn curfew has been in force in Maiduguri since Friday, the governor said.",
    ],
)
def test_a_new_act_after_earlier_violence_or_a_state_since_a_date_is_no_background(nlp, text):
    assert not reads_background_violence(first_sentence(nlp, text))
