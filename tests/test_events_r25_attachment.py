"""Round r25 (args29): attachment and the main event, from own55 tune misses and the round's
leftovers. Sentences written for these tests (none from a set)."""

from __future__ import annotations

import pytest
from event_helpers import countries_of, event_holding, pipeline_events, pipeline_top


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Croatian police turned back 48 Afghan and Pakistani nationals who tried to cross the "
            "Bosnian border near Bihac overnight, the interior ministry said.",
            "HRV",
            "AFG",
        ),
        (
            "Moroccan border guards turned away 30 Guinean nationals at the Ceuta fence on Sunday.",
            "MAR",
            "GIN",
        ),
    ],
)
def test_events_r25_nationals_turned_back_at_a_border_are_made_to_leave(
    resources, text, source, target
):
    top = pipeline_top(text, resources)
    assert top.plover_type == "COERCE", top
    assert countries_of(top.source) == {source}, top.source
    assert target in countries_of(top.target), top.target


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        (
            "A Faroese fishing vessel was stopped and searched for six hours by the Icelandic "
            "coast guard west of the Westfjords on Tuesday.",
            "stopped",
            "ISL",
            "FRO",
        ),
        (
            "Two Kenyan lorry drivers were beaten and robbed by Ugandan soldiers near the Busia "
            "crossing late on Friday, their union said.",
            "beaten",
            "UGA",
            "KEN",
        ),
    ],
)
def test_events_r25_joined_passives_share_the_by_phrase_after_the_last_one(
    resources, text, trigger, source, target
):
    event = event_holding(pipeline_events(text, resources), trigger)
    assert source in countries_of(event.source), event.source
    assert target in countries_of(event.target), event.target


def test_events_r25_a_passive_keeps_its_own_by_phrase_over_its_conjuncts(resources):
    events = pipeline_events(
        "A Chadian activist was arrested by Chadian police and later freed by a court in "
        "Niamey, his lawyer said.",
        resources,
    )
    arrest = event_holding(events, "arrested")
    assert countries_of(arrest.source) == {"TCD"}, arrest.source


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        (
            "Hungary's decision to expel three Russian diplomats, announced in Budapest on "
            "Monday, drew an angry response from Moscow.",
            "expel",
            "HUN",
            "RUS",
        ),
        (
            "The move by Kenya to deport two Ugandan opposition activists was condemned by "
            "rights groups in Nairobi on Thursday.",
            "deport",
            "KEN",
            "UGA",
        ),
    ],
)
def test_events_r25_a_noun_of_intent_gives_its_owner_as_the_infinitives_doer(
    resources, text, trigger, source, target
):
    event = event_holding(pipeline_events(text, resources), trigger)
    assert countries_of(event.source) == {source}, event.source
    assert target in countries_of(event.target), event.target


def test_events_r25_a_call_to_act_does_not_make_the_caller_the_doer(resources):
    # "call" is no noun of intent: the infinitive is the addressee's act, not the caller's
    events = pipeline_events(
        "Germany's call for Serbia to recognise Kosovo was rejected in Belgrade on Friday.",
        resources,
    )
    for event in events:
        if event.trigger.startswith("recognise"):
            assert "DEU" not in countries_of(event.source), event.source


@pytest.mark.parametrize(
    ("text", "trigger", "source_text"),
    [
        (
            "Men thought to belong to an armed gang abducted three Turkish engineers at a "
            "quarry in Katsina state on Saturday, police said.",
            "abducted",
            "Men",
        ),
        (
            "Gunmen thought to be members of a separatist militia torched a school and a "
            "clinic in the Anglophone town of Kumbo overnight, a local official said.",
            "torched",
            "Gunmen",
        ),
    ],
)
def test_events_r25_an_act_after_a_hedge_read_as_the_verb_is_done_by_the_hedged_party(
    resources, text, trigger, source_text
):
    event = event_holding(pipeline_events(text, resources), trigger)
    assert any(m.text == source_text for m in event.source), event.source


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        (
            "Kenya's interior ministry said on Monday that 20 Somali herders detained at a "
            "watering point near Wajir last week would be sent home within days.",
            "detained",
            "SOM",
        ),
        (
            "Officials in Accra said that 14 Togolese fishermen seized off the coast of Keta "
            "on Friday would be charged with illegal fishing.",
            "seized",
            "TGO",
        ),
    ],
)
def test_events_r25_a_reduced_relative_read_as_a_verb_acts_on_its_noun(
    resources, text, trigger, target
):
    event = event_holding(pipeline_events(text, resources), trigger)
    assert target in countries_of(event.target), event.target
    assert target not in countries_of(event.source), event.source


def test_events_r25_a_finite_verb_with_its_own_object_stays_the_doers_act(resources):
    event = event_holding(
        pipeline_events(
            "Nigeria said that Chadian soldiers attacked a market near the border and that "
            "the attackers would be pursued.",
            resources,
        ),
        "attacked",
    )
    assert "TCD" in countries_of(event.source), event.source


@pytest.mark.parametrize(
    "text",
    [
        "Senegal will suspend fishing licences for Mauritanian boats unless Nouakchott frees "
        "the detained crews by Friday, the Senegalese fisheries minister warned on Sunday.",
        "Ghana will cut gas supplies to Togo if Lome does not settle its arrears by June, a "
        "senior Ghanaian energy official warned.",
    ],
)
def test_events_r25_a_fronted_conditional_warning_is_aimed_at_the_threatened_party(resources, text):
    warning = event_holding(pipeline_events(text, resources), "warned")
    own, other = ("SEN", "MRT") if text.startswith("Senegal") else ("GHA", "TGO")
    assert other in countries_of(warning.target), warning.target
    assert own not in countries_of(warning.target), warning.target


@pytest.mark.parametrize(
    "text",
    [
        "Three Eritrean diplomats were ordered out of Djibouti on Thursday, a government "
        "spokesman said.",
        "Ecuador ordered the Mexican ambassador out of the country on Monday.",
    ],
)
def test_events_r25_diplomats_ordered_out_are_a_sanction(resources, text):
    event = event_holding(pipeline_events(text, resources), "ordered")
    assert event.plover_type == "SANCTION", event


def test_events_r25_other_people_ordered_out_stay_coercion(resources):
    event = event_holding(
        pipeline_events("Zambia ordered 40 Chinese traders out of the market town.", resources),
        "ordered",
    )
    assert event.plover_type == "COERCE", event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Mali ordered the French ambassador to leave the country within 72 hours on "
            "Monday, accusing Paris of arming separatists in the north.",
            "MLI",
            "FRA",
        ),
        (
            "Sudan told the Kenyan charge d'affaires to leave Khartoum on Friday, accusing "
            "Nairobi of hosting a rival government.",
            "SDN",
            "KEN",
        ),
    ],
)
def test_events_r25_a_participle_after_an_ordered_infinitive_is_the_orderers_act(
    resources, text, source, target
):
    accusation = event_holding(pipeline_events(text, resources), "accusing")
    assert countries_of(accusation.source) == {source}, accusation.source
    assert target in countries_of(accusation.target), accusation.target


@pytest.mark.parametrize(
    ("text", "target_text"),
    [
        (
            "Ethiopia's army has moved some 2,000 troops into the Amhara region ahead of an "
            "expected offensive against the Fano militia, aid workers said on Monday.",
            "Fano",
        ),
        (
            "Nigeria's military sent two battalions into Borno state before a fresh assault "
            "against Boko Haram, a defence spokesman said.",
            "Boko Haram",
        ),
    ],
)
def test_events_r25_forces_moved_at_home_ahead_of_a_fight_are_aimed_at_its_enemy(
    resources, text, target_text
):
    top = pipeline_top(text, resources)
    assert top.plover_type == "MOBILIZE", top
    assert any(target_text in m.text for m in top.target), top.target


def test_events_r25_forces_moved_at_home_with_no_fight_named_keep_their_region(resources):
    top = pipeline_top(
        "Myanmar's army has moved some 600 troops into Kayin state, aid workers said.",
        resources,
    )
    assert top.plover_type == "MOBILIZE", top
    assert any("Kayin" in m.text for m in top.target), top.target


@pytest.mark.parametrize(
    "text",
    [
        "Eritrean troops detained twenty herders who had crossed the river and drove them "
        "back across the border on Monday, a Tigrayan aid group said, a claim the Eritrean "
        "army's regional command denied.",
        "Sudanese police arrested nine traders who had crossed the desert and sent them back "
        "over the frontier on Friday, a Chadian rights group said, a claim the Sudanese "
        "interior ministry's border office denied.",
    ],
)
def test_events_r25_a_closing_claim_denied_stays_a_remark_when_read_as_a_subject(resources, text):
    top = pipeline_top(text, resources)
    assert top.plover_type != "REJECT", top
    assert top.trigger.split()[0] in {"detained", "arrested"}, top
