"""Classes of phrasing of the PLOVER typing round r30 (plover48), on sentences written for the
test (not the gold sentences that prompted them): civilians seized by armed men are abducted
(ASSAULT, not a seizure of goods); migrants flown back are deported (COERCE, not aid flown in);
a carrier of relief goods gives aid, aimed at the people its "for" phrase names; a conjunct whose
past tense is its base form ("put", "cut") after a modal's infinitive shares the modal; a
passive's "by" phrase the parser hangs on the noun of its own phrase ("beaten with batons by
police") names the doer; aid workers released are released (RETREAT), not aid; forces sent "after
a raid by rebels" are aimed at the raid's doers, not at themselves; a person handed over "under an
extradition treaty" is extradited (COOPERATE)."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events, pipeline_top

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Armed men seized nine motorists at a roadblock on the highway north of Juticalpa late "
        "on Friday, a regional police spokesman said.",
        "Bandits snatched four hikers from a campsite near the Georgian border overnight, local "
        "officials said.",
    ],
)
def test_events_r30_civilians_seized_by_armed_men_are_abducted(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.plover_mode) == ("ASSAULT", "abduct")


def test_events_r30_suspects_seized_by_police_stay_an_arrest(resources):
    top = pipeline_top(
        "Police seized three suspected smugglers and their boat at the port of La Ceiba.",
        resources,
    )
    assert top.plover_type == "COERCE"


@pytest.mark.parametrize(
    "text",
    [
        "About 150 Guatemalan migrants were flown back to Guatemala City on Tuesday by the "
        "United States immigration agency.",
        "Panama flew 80 migrants back to Colombia on Wednesday.",
    ],
)
def test_events_r30_migrants_flown_back_are_deported(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.plover_mode) == ("COERCE", "deport")


def test_events_r30_goods_flown_to_a_place_stay_aid(resources):
    top = pipeline_top("The air force flew 40 tonnes of flour to the flooded valley.", resources)
    assert top.plover_type == "AID"


def test_events_r30_a_carrier_of_relief_goods_gives_aid_to_the_people_it_carries_them_for(
    resources,
):
    top = pipeline_top(
        "Kenyan lorries that carried maize flour and blankets for refugees crossed into "
        "South Sudan at Nadapal on Thursday.",
        resources,
    )
    assert top.plover_type == "AID"
    assert any("refugee" in a.text.lower() for a in top.target)


def test_events_r30_a_carrier_of_other_things_gives_nothing(resources):
    events = pipeline_events("Soldiers carrying rifles walked along the river bank.", resources)
    assert not any(e.plover_type == "AID" for e in events)


def test_events_r30_a_base_form_conjunct_after_would_is_not_done(resources):
    events = pipeline_events(
        "The ministry said it would arrest the two organisers and put them on a plane to "
        "Managua.",
        resources,
    )
    put = next(e for e in events if e.trigger.startswith("put"))
    assert put.polarity != "asserted"


def test_events_r30_a_base_form_verb_after_a_finite_clause_stays_done(resources):
    events = pipeline_events(
        "Police detained the two organisers and put them on a plane to Managua.", resources
    )
    put = next(e for e in events if e.trigger.startswith("put"))
    assert (put.plover_type, put.polarity) == ("COERCE", "asserted")


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Three students were beaten with batons by riot police outside the university in "
            "Managua on Monday.",
            "police",
        ),
        (
            "Two farmers were struck with machetes by cattle herders near the village of Kamba "
            "on Sunday.",
            "herders",
        ),
    ],
)
def test_events_r30_a_by_phrase_hung_on_the_passives_own_phrase_names_the_doer(
    resources, text, doer
):
    top = pipeline_top(text, resources)
    assert any(doer in a.text.lower() for a in top.source)


def test_events_r30_a_by_phrase_on_a_topic_noun_names_no_doer(resources):
    top = pipeline_top(
        "The editor was detained over a cartoon by a Danish artist on Friday.", resources
    )
    assert not any("artist" in a.text.lower() for a in top.source)


def test_events_r30_aid_workers_released_are_released_not_aid(resources):
    top = pipeline_top(
        "Kidnappers released two aid workers of a Norwegian charity near Lodwar on Monday.",
        resources,
    )
    assert (top.plover_type, top.plover_mode) == ("RETREAT", "release")


def test_events_r30_forces_sent_after_a_raid_are_aimed_at_its_doers(resources):
    top = pipeline_top(
        "The army sent two infantry battalions to the district after a raid by ADF rebels on a "
        "health centre.",
        resources,
    )
    assert top.plover_type == "MOBILIZE"
    assert any("rebels" in a.text.lower() for a in top.target)
    assert not any("battalions" in a.text.lower() for a in top.target)


def test_events_r30_forces_sent_after_no_act_keep_no_doer(resources):
    top = pipeline_top(
        "The army sent two infantry battalions to the district after heavy rains.", resources
    )
    assert not any("rains" in a.text.lower() for a in top.target)


def test_events_r30_a_hand_over_under_an_extradition_treaty_is_an_extradition(resources):
    top = pipeline_top(
        "Under a 2011 extradition treaty, Uruguay handed the former police chief over to "
        "Paraguay on Wednesday.",
        resources,
    )
    assert (top.plover_type, top.plover_mode) == ("COOPERATE", "legal")


def test_events_r30_goods_handed_over_under_an_accord_stay_aid(resources):
    top = pipeline_top(
        "Under a 2015 aid accord, Korea handed four fire engines over to Mongolia.", resources
    )
    assert top.plover_type == "AID"
