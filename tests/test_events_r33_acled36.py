"""Round r33 (issue 9, helper "acled36"): classes of phrasing from own34's tune misses and the
brief's leftovers. A road or river accident told by its verb ("overturned", "collided") in a
sentence naming no bomb or mine is no ACLED event; an arrest warned of ("would arrest anyone
who ...", "threatened to detain any ...") is a warning, no event, unless a protest is told
outside the warning; an ambush warned of likewise; people a state force "took away" or "picked
up" and then charged or brought to court are arrested; an aircraft told only as seen or heard
overhead in a sentence of blasts or deaths is an air/drone strike; a shell or rocket destroyed in
a controlled blast is a disrupted weapons use; a violent act whose happening is denied ("denied
that any clash took place") is no event; a state force that fought its way back into a place
regains it. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import first_sentence

from realpolitik.eval.case import snippet_type
from realpolitik.events.acled_acts import (
    reads_aircraft_over_the_blasts,
    reads_state_fights_way_back,
    reads_taken_then_charged,
)
from realpolitik.events.acled_phrases import reads_munition_blown_up_safely
from realpolitik.events.acled_threat_only import reads_denied_happening, reads_threat_only

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Eight people burned to death when a lorry hauling diesel overturned and blew up on the "
        "ring road at night, firefighters said.",
        "A gas truck collided with a pickup and exploded at a junction outside the town, killing "
        "four bystanders, the traffic police said.",
    ],
)
def test_a_vehicle_that_overturned_or_collided_and_exploded_gets_no_acled_type(analyse, text):
    assert snippet_type(analyse(text)) == "none"


@pytest.mark.parametrize(
    "text",
    [
        "A landmine overturned a pickup carrying farm workers near the river, killing three of "
        "them.",
        "A bomb buried in the road blew up beneath a minibus, which overturned into a ravine, "
        "killing six passengers.",
    ],
)
def test_a_vehicle_overturned_by_a_bomb_or_mine_stays_a_remote_explosive(analyse, text):
    assert snippet_type(analyse(text)) == "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    "text",
    [
        "The district commissioner warned that officers would detain anyone who takes part in "
        "the sit-in called for Friday.",
        "The interior ministry threatened to arrest any union leader who calls a stoppage at "
        "the port.",
        "The insurgents' commander said his men would ambush any lorry carrying supplies to the "
        "garrison.",
    ],
)
def test_an_arrest_or_ambush_warned_of_is_a_threat_only(nlp, text):
    assert reads_threat_only(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        # a protest told outside the warning: the protest is the event
        "Police threatened to arrest the nurses who have picketed the ministry gates since Monday.",
        # an arrest told done beside the warning
        "Officers detained nine students on Tuesday and said they would arrest anyone who "
        "returns to the campus.",
        # an ambush told done
        "Gunmen ambushed a police patrol near the quarry on Monday, wounding two officers.",
    ],
)
def test_a_protest_or_act_told_beside_the_warning_is_no_threat_only(nlp, text):
    assert not reads_threat_only(first_sentence(nlp, text))


def test_a_warning_of_arrests_gets_no_acled_type(analyse):
    text = (
        "The regional police chief said his officers would arrest anyone who joins the march "
        "that the opposition has called for Sunday."
    )
    assert snippet_type(analyse(text)) == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Riot police hauled off two student leaders from a hostel late on Friday, and a "
        "magistrate remanded both of them in custody on Monday.",
        "Troops took away a village headman at dawn, and he was later charged with harbouring "
        "rebels, his daughter said.",
    ],
)
def test_people_taken_away_by_a_state_force_and_charged_are_read(nlp, text):
    assert reads_taken_then_charged(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        # no legal sequel: the classifier decides
        "Soldiers took away a village headman at dawn, and nothing has been heard of him since.",
        # the takers are no state force
        "Gunmen took away two lorry drivers near the border, and police said a suspect had been "
        "charged with the kidnapping.",
    ],
)
def test_a_taking_with_no_sequel_or_by_no_state_force_is_not_read(nlp, text):
    assert not reads_taken_then_charged(first_sentence(nlp, text))


def test_people_picked_up_by_gendarmes_and_charged_are_arrests(analyse):
    text = (
        "Gendarmes picked up a trade unionist at a bus depot on Tuesday, and he appeared before "
        "a prosecutor two days later on charges of inciting rebellion, his union said."
    )
    assert snippet_type(analyse(text)) == "Arrests"


@pytest.mark.parametrize(
    "text",
    [
        "Traders said a warplane had been circling over the livestock market for some minutes when "
        "the first explosion tore through the stalls, killing six herders.",
        "Farmers saw two helicopters above the hamlet shortly before a string of blasts destroyed "
        "the granary, a local councillor said.",
    ],
)
def test_an_aircraft_overhead_in_a_sentence_of_blasts_is_read(nlp, text):
    assert reads_aircraft_over_the_blasts(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        # no blast nor death told
        "A surveillance plane circled over the border crossing for most of the afternoon, "
        "residents said.",
        # a bomb planted: the aircraft is only there
        "Fighters buried a bomb under the bridge while a helicopter circled overhead, and it "
        "exploded as a truck crossed, killing two men.",
    ],
)
def test_an_aircraft_with_no_blast_or_with_a_bomb_planted_is_not_read(nlp, text):
    assert not reads_aircraft_over_the_blasts(first_sentence(nlp, text))


def test_blasts_heard_after_a_plane_overhead_are_an_air_strike(analyse):
    text = (
        "Eight people died when the bus station in the town was hit on Sunday, survivors said, "
        "describing a jet circling over the area before two loud blasts."
    )
    assert snippet_type(analyse(text)) == "Air/drone strike"


def test_a_shell_destroyed_in_a_controlled_blast_is_read(nlp):
    text = "Bomb disposal officers destroyed a corroded mortar round in a controlled explosion."
    assert reads_munition_blown_up_safely(first_sentence(nlp, text))


def test_a_shell_that_exploded_is_not_blown_up_safely(nlp):
    text = (
        "A controlled explosion was planned for the mortar round, but it exploded as sappers "
        "moved it, killing one of them."
    )
    assert not reads_munition_blown_up_safely(first_sentence(nlp, text))


def test_a_leftover_rocket_destroyed_in_a_controlled_blast_is_a_disrupted_weapons_use(analyse):
    text = (
        "A rusted rocket that children had found in a dry riverbed was destroyed in a "
        "controlled blast by army engineers on Wednesday."
    )
    assert snippet_type(analyse(text)) == "Disrupted weapons use"


@pytest.mark.parametrize(
    "text",
    [
        "The district police chief denied that any attack had happened at the market, calling "
        "the posts online false.",
        "The rebel spokesman denied that an ambush took place on the river road.",
    ],
)
def test_a_violent_act_whose_happening_is_denied_is_read(nlp, text):
    assert reads_denied_happening(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        # who did it is denied, not that it happened
        "The militia denied that its fighters burned the clinic in the valley.",
        # violence told outside the denial
        "The army denied that a clash took place, but villagers said two herders were shot dead "
        "at the well.",
    ],
)
def test_a_denial_of_the_doer_or_beside_violence_told_is_not_read(nlp, text):
    assert not reads_denied_happening(first_sentence(nlp, text))


def test_a_denied_clash_gets_no_acled_type(analyse):
    text = (
        "The regional governor denied on Friday that any clash took place between troops and "
        "herders near the reservoir, calling the reports fabricated."
    )
    assert snippet_type(analyse(text)) == "none"


def test_a_state_force_fighting_its_way_back_in_is_read(nlp):
    text = "Army troops fought their way back into the river port on Sunday, the defence ministry said."
    assert reads_state_fights_way_back(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        # no way back: a fight only
        "Army units fought their way through an ambush on the river road on Sunday.",
        # the doer is no state force
        "Rebel columns fought their way back into the river port on Sunday, residents said.",
    ],
)
def test_a_fight_through_or_by_rebels_is_no_state_way_back(nlp, text):
    assert not reads_state_fights_way_back(first_sentence(nlp, text))


def test_troops_fighting_their_way_back_as_rebels_pull_out_regain_territory(analyse):
    text = (
        "Militia fighters pulled out of the border town on Tuesday after army troops, backed by "
        "helicopters, fought their way back into it, a militia spokesman said."
    )
    assert snippet_type(analyse(text)) == "Government regains territory"
