"""Round r39 (issue 9, helper "acled42"): classes of phrasing from own40's tune misses and the
leftovers of stop 58. People not heard from since armed men stopped or took them are missing at
the armed men's hands, an abduction, where a person not heard from since a journey stays no
event. A written notice of an armed side (leaflets, pamphlets, notices) ordering, warning or
declaring something, with no violence told done, is propaganda: no ACLED event, where leaflets
left beside people shot dead, or rebels who handed out leaflets and attacked a post, stay
violence. People arrested who sat down or were sitting with a demand told are a sit-in ended by
arrests. A person handed over told by office or rank ("a former police chief") is no ground
handed over. A parked or abandoned vehicle that blew up is a car bomb set off by no driver. A
place stripped or emptied of goods is looting. People picked up by a state force and charged or
remanded in the next sentence are arrested. People told angry who pelt or stone something are
demonstrators turned violent.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.eval.case import snippet_type

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Relatives said on Tuesday they had not heard from three surveyors since gunmen stopped "
        "their car near Kasese on Saturday.",
        "Their employer said it had not heard from the two drivers since armed men flagged down "
        "their lorry outside Bangassou on Thursday.",
    ],
)
def test_people_not_heard_from_since_armed_men_stopped_them_are_abducted(analyse, text):
    assert snippet_type(analyse(text)) == "Abduction/forced disappearance"


def test_a_person_not_heard_from_since_a_journey_is_no_abduction(analyse):
    text = (
        "The family said they had not heard from their son since he travelled to the capital for "
        "work in March."
    )
    assert snippet_type(analyse(text)) == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Pamphlets signed by a rebel movement were pushed under doors in Bouar on Friday, "
        "ordering shops to close by 6 pm and warning that violators would be punished, residents "
        "said.",
        "A jihadist group posted notices on mosque doors in Djibo ordering women to wear veils "
        "and threatening anyone who disobeyed, residents said.",
        "The militia's leaflets, dropped in the market of Kaga Bandoro overnight, ordered traders "
        "to pay a monthly levy and declared the road to Batangafo closed.",
    ],
)
def test_an_armed_groups_notice_ordering_or_warning_is_no_acled_event(analyse, text):
    assert snippet_type(analyse(text)) == "none"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Leaflets signed by a rebel movement were found beside the bodies of two villagers "
            "shot dead overnight near Bouar, residents said.",
            "Attack",
        ),
        (
            "Rebels who handed out leaflets warning traders to pay a levy attacked a police post "
            "in Kaga Bandoro on Friday, killing two officers.",
            "Armed clash",
        ),
    ],
)
def test_leaflets_told_beside_violence_done_leave_the_violence(analyse, text, label):
    assert snippet_type(analyse(text)) == label


@pytest.mark.parametrize(
    "text",
    [
        "Riot police arrested twenty nurses who were sitting in front of the health ministry in "
        "Lilongwe over unpaid allowances, a union official said.",
        "Gendarmes removed and detained some thirty farmers who had sat down on the main road "
        "into Dosso to demand payment for their crops.",
    ],
)
def test_people_arrested_who_sat_down_with_a_demand_are_a_protest_with_intervention(
    analyse, text
):
    assert snippet_type(analyse(text)) == "Protest with intervention"


def test_people_arrested_who_were_only_sitting_somewhere_are_arrests(analyse):
    text = (
        "Police arrested two men who were sitting in a parked car near the bank in Blantyre, "
        "officers said."
    )
    assert snippet_type(analyse(text)) == "Arrests"


@pytest.mark.parametrize(
    "text",
    [
        "Honduras handed over a former police chief to the United States on Thursday to face "
        "drug charges.",
        "Guatemala handed over a retired army general to American authorities on Monday, where "
        "he faces trafficking charges.",
        "Kenya turned over two former militia commanders to the court in The Hague on Friday.",
    ],
)
def test_a_person_handed_over_told_by_office_or_rank_is_no_transfer_of_territory(analyse, text):
    assert snippet_type(analyse(text)) != "Non-violent transfer of territory"


def test_a_town_handed_over_quietly_stays_a_transfer_of_territory(analyse):
    text = (
        "Rebels quietly handed the town of Kalonge over to the army on Sunday; no shots were "
        "fired, residents said."
    )
    assert snippet_type(analyse(text)) == "Non-violent transfer of territory"


@pytest.mark.parametrize(
    "text",
    [
        "A parked car blew up outside a police station in Mogadishu on Saturday, killing two "
        "officers.",
        "A van parked near the bus station in Maiduguri blew up on Friday, killing four people, "
        "police said.",
    ],
)
def test_a_parked_vehicle_that_blew_up_is_a_remote_explosive(analyse, text):
    assert snippet_type(analyse(text)) == "Remote explosive/landmine/IED"


def test_a_tanker_that_blew_up_after_a_collision_is_no_bomb(analyse):
    text = (
        "A fuel tanker blew up after colliding with a bus near Kaduna on Sunday, killing nine "
        "people."
    )
    assert snippet_type(analyse(text)) == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stripped the village market of rice and cooking oil before dawn on Sunday, "
        "residents said.",
        "Armed men emptied the cooperative's depot of its maize and fertiliser overnight near "
        "Kaya, the cooperative said.",
    ],
)
def test_a_place_stripped_or_emptied_of_goods_is_looting(analyse, text):
    assert snippet_type(analyse(text)) == "Looting/property destruction"


def test_soldiers_stripped_of_their_rifles_are_no_looting(analyse):
    text = (
        "Gunmen stripped two soldiers of their rifles at a checkpoint near Kaya on Sunday, "
        "residents said."
    )
    assert snippet_type(analyse(text)) != "Looting/property destruction"


@pytest.mark.parametrize(
    "text",
    [
        "Gendarmes picked up a trade union leader at his home in Garoua on Tuesday, his family "
        "said. He was charged on Thursday with inciting rebellion.",
        "Police officers picked up three students outside the campus in Dschang on Friday. A "
        "magistrate remanded them in custody on Monday.",
    ],
)
def test_people_picked_up_by_a_state_force_charged_in_the_next_sentence_are_arrested(
    analyse, text
):
    assert snippet_type(analyse(text)) == "Arrests"


def test_people_picked_up_and_released_with_no_legal_sequel_are_left_to_the_classifier(analyse):
    text = (
        "Gendarmes picked up a trade union leader at his home in Garoua on Tuesday, his family "
        "said. He was released the same evening."
    )
    assert snippet_type(analyse(text)) == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Hawkers angry at their eviction pelted the council offices with rotten fruit in Kampala "
        "on Tuesday.",
        "Irate commuters stoned two buses of the city transport company in Nakuru on Friday over "
        "a fare rise.",
    ],
)
def test_angry_people_pelting_or_stoning_something_are_a_violent_demonstration(analyse, text):
    assert snippet_type(analyse(text)) == "Violent demonstration"


def test_boys_pelting_each_other_at_a_festival_are_no_demonstration(analyse):
    text = "Boys pelted each other with mud at a village festival near Kisumu on Sunday."
    assert snippet_type(analyse(text)) == "none"
