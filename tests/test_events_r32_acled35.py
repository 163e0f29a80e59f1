"""Round r32 (issue 9, helper "acled35"): classes of phrasing from the brief's leftovers (own33's
tune part had no miss). A tally counted from a start ("since January", "so far this year", "in
the first six months of the year", "between January and June"), of acts, of victims or as a
running total, is no event, while a day named on an act keeps the day's event; a bomber's own
death told by a noun or a verb of dying, in a sentence naming the blast, is a suicide bomb; a
target struck by a drone told in the passive, no user named, is an air/drone strike; a munition
left unexploded that later went off, or was struck or handled as someone was hurt, is a remote
explosive; a violent act told only with "will" or "would", aimed at anyone of a kind or hung on
an "if", is a warning, no event (both from own probes). Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import first_sentence

from realpolitik.eval.case import snippet_type
from realpolitik.events.acled_acts import (
    reads_remnant_explosion,
    reads_struck_by_drone,
    reads_suicide_bombing,
)
from realpolitik.events.acled_phrases import reads_tally_over_period
from realpolitik.events.acled_threat_only import reads_threat_only

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Herders' militias have killed more than 150 farmers in the plateau districts since "
        "February, a church council said in a statement.",
        "Police have detained 640 opposition supporters so far this year, according to a lawyers' "
        "association.",
        "Insurgents staged 48 raids on police posts in the first nine months of the year, a "
        "security think tank said.",
        "The toll of civilians killed in the border fighting this year has climbed to 318, the "
        "health ministry said on Thursday.",
        "A rights office recorded 95 abductions on the northern highways between March and August.",
    ],
)
def test_a_tally_counted_from_a_start_is_read(nlp, text):
    assert reads_tally_over_period(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Raiders shot dead 17 herders near the wells on Tuesday, bringing to 200 the number of "
        "people killed in the area since April, a local chief said.",
        "Fighters killed 11 rangers in the worst attack on the park this year, the wildlife "
        "service said.",
        "Troops killed 19 insurgents in an ambush near the river, the deadliest clash since "
        "March, the army said.",
    ],
)
def test_one_act_beside_a_start_of_count_is_no_tally(nlp, text):
    assert not reads_tally_over_period(first_sentence(nlp, text))


def test_a_tally_since_a_month_gets_no_acled_type(analyse):
    text = (
        "Bandits have kidnapped at least 260 travellers on the main highway since March, the "
        "state's transport union said on Wednesday."
    )
    assert snippet_type(analyse(text)) == "none"


@pytest.mark.parametrize(
    "text",
    [
        "The bomber's death was the only one in the explosion at the hotel gate, where eight "
        "guests were hurt, police said.",
        "The assailant died in the explosion outside the polling station, which wounded four "
        "voters, officials said.",
        "The explosion at the bus depot killed the attacker and wounded a ticket seller, a "
        "spokesman said.",
        "The death of the bomber in the blast near the barracks was confirmed by the army on "
        "Monday.",
    ],
)
def test_a_bombers_death_in_the_blast_is_a_suicide_bombing(nlp, text):
    assert reads_suicide_bombing(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Guards shot the bomber before he reached the gate, and the explosives on him were "
        "defused, police said.",
        "The attacker was killed by soldiers after the blast at the checkpoint, the army said.",
    ],
)
def test_a_bomber_killed_by_others_is_no_suicide_bombing_reading(nlp, text):
    assert not reads_suicide_bombing(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "A fuel truck was struck by a drone on the desert road on Thursday, killing its driver, "
        "local officials said.",
        "Two shepherds were killed by a drone in the hills above the village, a relative said.",
    ],
)
def test_a_target_struck_by_a_drone_in_the_passive_is_read(nlp, text):
    assert reads_struck_by_drone(first_sentence(nlp, text))


def test_a_passive_drone_strike_with_no_user_named_is_an_air_drone_strike(analyse):
    text = (
        "A minibus carrying seven traders was targeted by a drone near the river crossing late "
        "on Friday, a district official said."
    )
    assert snippet_type(analyse(text)) == "Air/drone strike"


@pytest.mark.parametrize(
    "text",
    [
        "The footage was filmed by a drone flying over the flooded district, the agency said.",
        "The drone was shot down by soldiers near the airfield, the army said.",
    ],
)
def test_a_drone_that_filmed_or_was_downed_strikes_nothing(nlp, text):
    assert not reads_struck_by_drone(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "A teenager lost a hand when an unexploded grenade he picked up on the way to school "
        "went off, his uncle said.",
        "Two woodcutters were wounded when one of them struck a leftover mortar round with his "
        "axe in the forest, a nurse said.",
        "A rocket left over from last year's battle blew up in a rubbish fire behind the "
        "clinic on Sunday.",
    ],
)
def test_a_remnant_of_war_going_off_is_read(nlp, text):
    assert reads_remnant_explosion(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Engineers found an unexploded bomb under the bridge and defused it, the police said.",
        "Fighters shelled the town on Tuesday, killing three people, and an unexploded shell "
        "was found in the market the next day.",
    ],
)
def test_a_remnant_defused_or_only_found_is_no_remnant_explosion(nlp, text):
    assert not reads_remnant_explosion(first_sentence(nlp, text))


def test_an_unexploded_shell_that_blew_up_is_a_remote_explosive(analyse):
    text = (
        "Three shepherds were killed on Thursday when an unexploded artillery shell they had "
        "gathered with firewood blew up beside their tent, the village head said."
    )
    assert snippet_type(analyse(text)) == "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    "text",
    [
        "A faction commander said on the radio that his men would fire on any police patrol "
        "that entered the hills.",
        "The gang's spokesman warned that its members will torch the customs post if the "
        "arrested smugglers are not freed.",
    ],
)
def test_an_act_told_only_as_what_would_be_done_is_a_threat(nlp, text):
    assert reads_threat_only(first_sentence(nlp, text))


def test_a_conditional_threat_gets_no_acled_type(analyse):
    text = (
        "A separatist leader said in a recorded message that his fighters would attack any "
        "company trucks using the northern road."
    )
    assert snippet_type(analyse(text)) == "none"


@pytest.mark.parametrize(
    "text",
    [
        "The governor said troops would hunt down any gunmen hiding in the hills after bandits "
        "killed nine farmers on Tuesday.",
        "Militants attacked a police patrol that entered the hills on Monday, killing two "
        "officers, officials said.",
    ],
)
def test_an_act_told_done_beside_a_warning_is_no_threat_only(nlp, text):
    assert not reads_threat_only(first_sentence(nlp, text))
