"""Round r31 (issue 9, helper "acled34"): classes of phrasing read from the tune misses of own32.
A blast that killed the one who set it off is a suicide bomb; a drone put to an attack is an
air/drone strike, whatever it carried; explosives defused by hand, none gone off, are a
disrupted weapons use, an earlier blast told beside them included; an accord word that only
names an office ("the peace envoy") is no accord; a tally of acts over the past months or years
is no event; the state's statement that "they" drove an armed group out of a site named by its
town is the state's gain; state forces leaving ground as an armed group advances on it is the group's
gain (the brief's leftover). Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import first_sentence

from realpolitik.eval.case import snippet_type
from realpolitik.events.acled_acts import (
    reads_drone_put_to_attack,
    reads_group_dislodged,
    reads_retreat_before_advance,
    reads_suicide_bombing,
)
from realpolitik.events.acled_phrases import (
    reads_defused_by_hand,
    reads_meeting_without_accord,
    reads_tally_over_period,
)

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "A man carrying a bag of explosives walked into the crowded bus station in Maiduguri and "
        "set it off, killing himself and five travellers, police said.",
        "The attacker detonated the explosives hidden in his cart near the checkpoint, killing "
        "himself and a policeman, a witness said.",
    ],
)
def test_a_blast_that_killed_its_bomber_is_a_suicide_bombing(nlp, text):
    assert reads_suicide_bombing(first_sentence(nlp, text))


def test_a_gunman_killing_himself_names_no_suicide_bombing(nlp):
    text = "A gunman shot three guards at the gate of the mine before killing himself, police said."
    assert not reads_suicide_bombing(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Rebels used small drones loaded with grenades to attack an army camp near Loikaw on "
        "Sunday, wounding four soldiers, a rebel spokesman said.",
        "A drone dropped two mortar bombs on the market in the village late on Friday, residents "
        "said.",
    ],
)
def test_a_drone_put_to_an_attack_is_read(nlp, text):
    assert reads_drone_put_to_attack(first_sentence(nlp, text))


def test_a_drone_strike_told_with_the_bomb_it_carried_is_an_air_drone_strike(analyse):
    text = (
        "Insurgents said they had used commercial drones carrying homemade bombs to strike an army "
        "outpost in the hills on Saturday, killing two soldiers."
    )
    assert snippet_type(analyse(text)) == "Air/drone strike"


@pytest.mark.parametrize(
    "text",
    [
        "The army said it had bought twelve drones from a foreign supplier to watch the border.",
        "Soldiers shot down a drone that flew over their camp on Sunday, the army said.",
    ],
)
def test_drones_bought_or_shot_down_are_no_drone_attack(nlp, text):
    assert not reads_drone_put_to_attack(first_sentence(nlp, text))


def test_mines_defused_beside_an_earlier_blast_are_a_disrupted_weapons_use(analyse, nlp):
    text = (
        "Villagers said engineers had defused three landmines buried beside the path to the well, "
        "two days after a similar mine wounded a herder there."
    )
    assert reads_defused_by_hand(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Disrupted weapons use"


def test_a_bomb_that_went_off_while_being_defused_is_no_defusing(nlp):
    text = "A bomb exploded as soldiers tried to defuse it on the bridge, killing two of them."
    assert not reads_defused_by_hand(first_sentence(nlp, text))


def test_an_accord_word_naming_an_office_is_no_accord(nlp):
    text = "The ceasefire envoy met village chiefs in the provincial capital on Tuesday."
    assert reads_meeting_without_accord(first_sentence(nlp, text))


def test_a_meeting_told_with_a_truce_signed_keeps_the_accord(nlp):
    text = "The envoy met the two militia leaders on Tuesday and they signed a truce."
    assert not reads_meeting_without_accord(first_sentence(nlp, text))


def test_an_envoys_visit_ahead_of_talks_is_no_agreement(analyse):
    text = (
        "The government's peace envoy flew to the provincial capital on Monday to meet elders "
        "ahead of talks with a rebel faction that officials hope to open next year."
    )
    assert snippet_type(analyse(text)) == "none"


def test_a_tally_of_strikes_over_the_past_year_is_no_event(analyse, nlp):
    text = (
        "A monitoring group said the air force had carried out more than 300 air strikes in the "
        "province over the past year, many of them on villages."
    )
    assert reads_tally_over_period(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Warplanes carried out three air strikes on rebel positions near the town on Monday.",
        "Militants carried out 40 attacks on the road on Monday and Tuesday, police said.",
    ],
)
def test_a_count_of_one_days_acts_is_no_tally(nlp, text):
    assert not reads_tally_over_period(first_sentence(nlp, text))


def test_troops_that_say_they_drove_a_group_from_a_named_post_regain_it(analyse, nlp):
    text = (
        "Government soldiers said they had driven the rebels out of the administrative post of "
        "Nangade on Friday, a week after the fighters torched the police station there."
    )
    assert reads_group_dislodged(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Government regains territory"


def test_rebels_that_say_they_drove_soldiers_out_regain_nothing(nlp):
    text = "The rebels said they had driven the militants out of the district seat of Nangade."
    assert not reads_group_dislodged(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Police and soldiers pulled out of the border town of Ouarkoye on Sunday as jihadist "
        "fighters advanced on it from the north, residents said.",
        "The army abandoned its positions in the hill town of Mindat while rebel fighters closed "
        "in, a resistance spokesman said.",
    ],
)
def test_state_forces_leaving_as_an_armed_group_advances_is_the_groups_gain(analyse, nlp, text):
    assert reads_retreat_before_advance(first_sentence(nlp, text))
    assert snippet_type(analyse(text)) == "Non-state actor overtakes territory"


@pytest.mark.parametrize(
    "text",
    [
        "Troops withdrew from the town of Ouarkoye on Sunday under the agreement signed last week.",
        "Rebel fighters pulled out of the town as army columns advanced on it, residents said.",
    ],
)
def test_a_retreat_under_a_deal_or_by_rebels_is_no_retreat_before_an_armed_advance(nlp, text):
    assert not reads_retreat_before_advance(first_sentence(nlp, text))
