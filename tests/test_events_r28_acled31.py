"""Round r28 (issue 9, helper "acled31"): classes of phrasing read from the tune misses of own29
and the round's leftovers. People told gathering who then burn or wreck where they gathered are a
violent demonstration; a taking of ground "after" a fight is no non-violent transfer; a gas blast
in a mine (methane, firedamp, a colliery) is an accident; vigilantes who fight an armed band named
as their object are two armed sides; protesters named in a number's "of" ("two of the marchers")
beaten to death by a state force met excessive force, and so did the march told in the sentence
before, also where the killed are named only by a pronoun ("two of them"); people seized by
kidnappers or gunmen are abducted, not weapons seized. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import first_sentence

from realpolitik.eval.case import snippet_type
from realpolitik.events.acled_acts import (
    reads_armed_fight,
    reads_lethal_force_on_protest,
    reads_people_seized_by_captors,
)
from realpolitik.events.acled_crowd_damage import reads_gathered_crowd_wrecking
from realpolitik.events.acled_protest_force import reads_marchers_before_killed
from realpolitik.events.acled_typing import reads_gain_after_fight

pytestmark = pytest.mark.slow  # needs the English parse


def test_people_who_gathered_and_set_an_office_on_fire_are_a_violent_demonstration(analyse, nlp):
    text = (
        "Bus drivers in Kano parked their vehicles on Tuesday over a new road levy, and by noon "
        "dozens of them had gathered at the transport ministry, where they broke its gate and "
        "set the guardhouse on fire, a state official said."
    )
    assert reads_gathered_crowd_wrecking(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Violent demonstration"


def test_gunmen_who_gathered_and_burned_are_no_gathered_crowd(nlp):
    text = (
        "Gunmen gathered at the edge of the village before dawn and set the market stalls on "
        "fire, residents said."
    )
    assert not reads_gathered_crowd_wrecking(first_sentence(nlp, text))


def test_a_town_retaken_after_fierce_clashes_is_a_gain_not_a_transfer(analyse, nlp):
    text = (
        "Soldiers recaptured the border post of Tinzawaten after fierce clashes on Monday, the "
        "defence ministry said, and the insurgents pulled back across the frontier."
    )
    assert reads_gain_after_fight(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Government regains territory"


@pytest.mark.parametrize(
    "text",
    [
        "Rebels walked into Kiwanja on Tuesday after the army pulled out overnight without a "
        "fight, residents said.",
        "The militia took over the camp after a night with no resistance from the departing "
        "garrison, a local official said.",
    ],
)
def test_an_entry_after_no_fight_reads_no_gain_after_fight(nlp, text):
    assert not reads_gain_after_fight(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Methane ignited deep inside a colliery outside Sharigh on Sunday, killing nine workers "
        "and trapping three more, the provincial inspector of mines said.",
        "A firedamp blast tore through a shaft in Duki overnight, and four workers died, "
        "officials said.",
    ],
)
def test_a_gas_blast_in_a_mine_is_no_acled_event(analyse, text):
    assert snippet_type(analyse(text)) == "none"


def test_a_landmine_under_workers_van_stays_a_remote_explosive(analyse):
    text = (
        "A landmine exploded under a van carrying workers near Duki on Sunday, killing four, "
        "officials said."
    )
    assert snippet_type(analyse(text)) == "Remote explosive/landmine/IED"


def test_vigilantes_who_fought_a_band_of_rustlers_are_an_armed_clash(analyse, nlp):
    text = (
        "Vigilantes in Katsina fought a band of cattle rustlers near the border village of "
        "Dankama on Sunday, killing four of them, a police spokesman said."
    )
    assert reads_armed_fight(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Armed clash"


def test_two_of_the_marchers_beaten_to_death_by_police_met_excessive_force(analyse, nlp):
    text = "Police beat two of the marchers to death in Shendam on Monday, witnesses said."
    assert reads_lethal_force_on_protest(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Excessive force against protesters"


def test_a_march_told_before_its_marchers_are_beaten_to_death_met_excessive_force(analyse):
    text = (
        "Hundreds of farmers marched to the district office in Shendam on Monday to demand "
        "compensation. Police then beat two of the marchers to death, witnesses said."
    )
    assert snippet_type(analyse(text)) == "Excessive force against protesters"


def test_soldiers_who_shot_dead_three_of_the_protesters_used_excessive_force(analyse, nlp):
    text = (
        "Soldiers shot dead three of the protesters outside the governor's office in Jos on "
        "Friday, a rights group said."
    )
    assert reads_lethal_force_on_protest(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Excessive force against protesters"


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of farmers marched to the district office in Shendam on Monday to demand "
        "compensation. Police then beat two of them to death, witnesses said.",
        "Hundreds of teachers rallied outside the education ministry in Makurdi on Tuesday over "
        "unpaid salaries. Soldiers later shot three of them dead near the gate, a union leader "
        "said.",
    ],
)
def test_protesters_told_before_and_killed_as_them_met_excessive_force(analyse, nlp, text):
    second = list(nlp(text).sents)[1]
    assert reads_marchers_before_killed(second)
    assert snippet_type(analyse(text)) == "Excessive force against protesters"


def test_villagers_rounded_up_and_killed_as_them_by_gunmen_are_no_protesters(nlp):
    text = (
        "Gunmen stormed the village of Kwall on Sunday and rounded up the men. They then beat "
        "two of them to death, residents said."
    )
    assert not reads_marchers_before_killed(list(nlp(text).sents)[1])


@pytest.mark.parametrize(
    "text",
    [
        "Members of a local vigilance group battled bandits who had come to steal cattle near "
        "Anka on Friday, and three of the bandits died, residents said.",
        "Members of the local vigilante group fought cattle rustlers near Anka on Friday, "
        "residents said.",
    ],
)
def test_members_of_a_vigilance_group_fighting_bandits_are_an_armed_clash(analyse, nlp, text):
    assert reads_armed_fight(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Armed clash"


def test_villagers_fighting_each_other_with_machetes_stay_mob_violence(analyse, nlp):
    text = (
        "Hundreds of villagers fought each other with machetes and sticks over a disputed farm "
        "near Anka on Friday, police said."
    )
    assert not reads_armed_fight(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Mob violence"


@pytest.mark.parametrize(
    "text",
    [
        "Kidnappers seized two traders at gunpoint on the road between Gusau and Tsafe on "
        "Thursday evening and took them into the bush, a police spokesman said, adding that "
        "officers had recovered their abandoned car.",
        "Gunmen snatched a pastor and his driver outside a church in Lokoja on Sunday, police "
        "said.",
    ],
)
def test_people_seized_by_kidnappers_or_gunmen_are_abducted(analyse, nlp, text):
    assert reads_people_seized_by_captors(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Abduction/forced disappearance"


def test_rifles_seized_by_troops_stay_a_disrupted_weapons_use(analyse, nlp):
    text = (
        "Troops seized forty rifles and two trucks of ammunition from a warehouse in Gao on "
        "Monday, the army said."
    )
    assert not reads_people_seized_by_captors(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Disrupted weapons use"
