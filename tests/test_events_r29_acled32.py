"""Round r29 (issue 9, helper "acled32"): classes of phrasing read from the tune misses of own30
and the round's leftovers. Fire exchanged between two sides told in a "between" phrase (a passive
or a noun) is an armed clash; people taken by armed men are abducted; a march told before a
sentence of police breaking it up (its crowd named by a pronoun) is a protest with intervention;
talks about a group named by the fighting it does ("militias fighting al-Shabaab") are no event;
seized explosives blown up ("the consignment was blown up in a quarry") are a disrupted weapons use;
bodies recovered where a bomb was set off are the bombing's aftermath, no weapons recovered;
traders who shut their own shops and gather with a grievance are a peaceful protest; an armed
group naming a new commander after the last one's killing is a change to the group.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import first_sentence

from realpolitik.eval.case import snippet_type
from realpolitik.events.acled_acts import (
    reads_fire_exchanged_between,
    reads_people_seized_by_captors,
)
from realpolitik.events.acled_phrases import (
    reads_bodies_found_after_blast,
    reads_bombing_stopped,
    reads_group_change_after_violence,
    reads_talks_about_fighters,
)
from realpolitik.events.acled_unnamed_protest import reads_unnamed_protest

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Heavy gunfire was exchanged late on Sunday between two armed factions near the river "
        "crossing at Kodok, a county official said, and three fighters were killed.",
        "There was a short exchange of fire between a police patrol and unknown gunmen near the "
        "quarry overnight, and one officer was wounded, the police said.",
    ],
)
def test_fire_exchanged_between_two_sides_is_an_armed_clash(analyse, nlp, text):
    assert reads_fire_exchanged_between(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Armed clash"


def test_prisoners_exchanged_between_two_sides_read_no_fire_exchanged(nlp):
    text = (
        "Forty prisoners were exchanged between the army and the rebels at a bridge on Friday, "
        "mediators said."
    )
    assert not reads_fire_exchanged_between(first_sentence(nlp, text))


def test_gunfire_exchanged_with_no_sides_between_reads_no_fire_exchanged(nlp):
    text = "Gunfire was exchanged for most of the night near the checkpoint, residents said."
    assert not reads_fire_exchanged_between(first_sentence(nlp, text))


def test_armed_men_who_took_engineers_from_their_truck_abducted_them(analyse, nlp):
    text = (
        "Armed men took three road engineers from their truck near Gidan Bakuso on Wednesday, "
        "the construction firm said in a statement."
    )
    assert reads_people_seized_by_captors(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Abduction/forced disappearance"


def test_police_who_took_workers_from_a_site_are_no_captors(nlp):
    text = (
        "Police took four workers from the building site on Monday for questioning, a union said."
    )
    assert not reads_people_seized_by_captors(first_sentence(nlp, text))


def test_armed_men_who_took_part_in_a_meeting_seized_no_one(nlp):
    text = "Armed men took part in a meeting with elders at the chief's house, a resident said."
    assert not reads_people_seized_by_captors(first_sentence(nlp, text))


def test_a_march_whose_crowd_police_later_dispersed_is_a_protest_with_intervention(analyse):
    text = (
        "Several hundred dock workers marched from the harbour to the town hall on Friday "
        "to demand their unpaid bonuses. They were later dispersed by police with tear gas near "
        "the bus station, a union spokesman said."
    )
    assert snippet_type(analyse(text)) == "Protest with intervention"


def test_a_march_with_no_force_told_after_it_stays_a_peaceful_protest(analyse):
    text = (
        "Several hundred dock workers marched from the harbour to the town hall on Friday "
        "to demand their unpaid bonuses. They handed a letter to the mayor and went home, a "
        "union spokesman said."
    )
    assert snippet_type(analyse(text)) == "Peaceful protest"


def test_talks_about_pay_for_militias_fighting_rebels_are_no_acled_event(analyse, nlp):
    text = (
        "The interior minister met district commissioners in Garissa on Thursday to discuss "
        "fuel for the police reservists fighting bandits along the border, his office said."
    )
    assert reads_talks_about_fighters(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "none"


def test_a_fight_told_by_its_own_verb_beside_talks_is_no_talk_about_fighters(nlp):
    text = (
        "Regional governors met in the capital on Friday as militias fought government troops "
        "for a third day in the north, officials said."
    )
    assert not reads_talks_about_fighters(first_sentence(nlp, text))


def test_an_intercepted_consignment_blown_up_by_its_captors_is_a_disrupted_weapons_use(
    analyse, nlp
):
    text = (
        "Police stopped a truck loaded with fertiliser explosives near the border crossing on "
        "Friday, officials said; the driver fled on foot, and the consignment, which officials "
        "said was meant for militants in the hills, was blown up in a quarry."
    )
    assert reads_bombing_stopped(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Disrupted weapons use"


def test_a_bomb_hidden_in_a_cargo_that_blew_up_was_no_bombing_stopped(analyse, nlp):
    text = (
        "A bomb hidden in a cargo of onions blew up at the checkpoint outside Kandahar on "
        "Saturday, killing two guards, police said."
    )
    assert not reads_bombing_stopped(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) != "Disrupted weapons use"


def test_bodies_recovered_where_a_bomb_was_set_off_are_the_remote_bombing(analyse, nlp):
    text = (
        "The bodies of three soldiers were recovered on Monday from a ravine beside the road to "
        "Sadda, where a car packed with explosives had been set off by remote control as their "
        "convoy drove past the day before, officials said."
    )
    assert reads_bodies_found_after_blast(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Remote explosive/landmine/IED"


def test_bodies_recovered_beside_explosives_found_read_no_blast(nlp):
    text = (
        "Troops recovered the bodies of four militants and a sack of explosives from the "
        "hideout after the raid, the army said."
    )
    assert not reads_bodies_found_after_blast(first_sentence(nlp, text))


def test_shopkeepers_who_shut_their_shops_over_a_tax_are_a_peaceful_protest(analyse, nlp):
    text = (
        "Shopkeepers in Gulu shut their shops for a second day on Tuesday over a new market "
        "levy, and hundreds of them gathered outside the municipal hall, saying the levy would "
        "ruin them, residents said."
    )
    assert reads_unnamed_protest(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Peaceful protest"


def test_shops_closed_by_the_authorities_are_no_traders_strike(nlp):
    text = "The municipal council closed forty shops in the old market on Monday for unpaid rent."
    assert not reads_unnamed_protest(first_sentence(nlp, text))


def test_a_new_commander_named_after_the_last_was_killed_is_a_change_to_the_group(nlp):
    text = (
        "A rebel movement in the eastern hills named a new field commander on Saturday, a week "
        "after its chief was killed in a drone strike, and said its fighters would now block the "
        "highway every Friday."
    )
    assert reads_group_change_after_violence(first_sentence(nlp, text))


def test_a_new_commander_named_as_his_fighters_attack_is_no_change_after_violence(nlp):
    text = (
        "The militia named a new commander on Monday as its fighters attacked an army post "
        "outside the town, residents said."
    )
    assert not reads_group_change_after_violence(first_sentence(nlp, text))
