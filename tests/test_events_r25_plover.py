"""Classes of phrasing of the PLOVER typing round r25 (plover43), on sentences written for the
test (not the gold sentences or the brief's examples that prompted them): irregular past forms the
tagger reads as presents ("retook") keep their verb's type through the lemmatizer's table of
irregular verbs; dismissal idioms ("played down", "waved away", "poured scorn on") reject what
another party said; "placed ... under house arrest" detains; "played host to" hosts; a person a
"wanted in" participle calls sought is a fugitive whose hand-over is judicial cooperation, even
when the place named is no actor and the "to" phrase comes before the person."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_top

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Government troops retook the market town of Menaka on Friday after a week of fighting.",
        "Loyalist forces retook the airfield from the rebels on Sunday, a military source said.",
    ],
)
def test_events_r25_plover_retook_tagged_a_present_is_ground_taken_back(resources, text):
    top = pipeline_top(text, resources)
    assert (top.trigger, top.plover_type, top.cameo_code) == ("retook", "COERCE", "192")


def test_events_r25_plover_irregular_verb_table_maps_retook_to_a_known_verb():
    from realpolitik.events.lexicon import load_lexicon
    from realpolitik.events.triggers import _irregular_verb_forms

    assert "retake" in _irregular_verb_forms().get("retook", [])
    assert "retake" in load_lexicon().known_verbs


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The defence ministry played down reports of a skirmish near the lake.", "played down"),
        ("The army waved away accusations of looting made by a village council.", "waved away"),
        (
            "The governor laughed off the opposition's claim that the count was rigged.",
            "laughed off",
        ),
        ("The junta poured scorn on a report by a regional rights group.", "poured"),
        (
            "The president brushed aside a call from the bishops to pardon the strikers.",
            "brushed aside",
        ),
    ],
)
def test_events_r25_plover_dismissal_idioms_reject_what_was_said(resources, text, trigger):
    top = pipeline_top(text, resources)
    assert (top.trigger, top.plover_type, top.cameo_code) == (trigger, "REJECT", "120")


def test_events_r25_plover_house_arrest_outranks_the_act_of_a_later_clause(resources):
    top = pipeline_top(
        "Police placed a veteran trade unionist under house arrest on Monday, his daughter said, "
        "two days after he criticised the finance minister on a radio talk show.",
        resources,
    )
    assert (top.trigger, top.plover_type, top.plover_mode) == ("placed", "COERCE", "arrest")


def test_events_r25_plover_played_host_to_a_delegation_hosts_it(resources):
    top = pipeline_top(
        "Bhutan played host to a delegation of Bangladeshi trade officials in Paro, and the "
        "talks, which one aide called useful, touched on tariffs that have been raised twice.",
        resources,
    )
    assert (top.trigger, top.plover_type, top.plover_mode) == ("played host", "CONSULT", "host")


def test_events_r25_plover_wanted_person_handed_over_before_the_to_phrase_is_cooperation(
    resources,
):
    top = pipeline_top(
        "Armenian police handed over to Russia an engineer wanted in Rostov over a tax fraud.",
        resources,
    )
    assert (top.trigger, top.plover_type, top.cameo_code) == ("handed over", "COOPERATE", "063")


def test_events_r25_plover_goods_handed_over_stay_aid(resources):
    top = pipeline_top(
        "Armenian officials handed over two ambulances to the Georgian health ministry.", resources
    )
    assert (top.plover_type, top.cameo_code) == ("AID", "070")


@pytest.mark.parametrize(
    "text",
    [
        "The immigration service stripped a Canadian aid worker of her residency permit on "
        "Thursday, two weeks after she spoke to reporters about the camps.",
        "Officials stripped three foreign nurses of their work permits, a union said.",
    ],
)
def test_events_r25_plover_permit_stripped_restricts_the_person(resources, text):
    top = pipeline_top(text, resources)
    assert (top.trigger, top.plover_type, top.plover_mode) == ("stripped", "COERCE", "restrict")


@pytest.mark.parametrize(
    "text",
    [
        "Provincial officials ordered villagers in the delta to leave their homes before the "
        "storm made landfall.",
        "Police told residents of the hillside to leave as the fire spread.",
    ],
)
def test_events_r25_plover_evacuation_order_to_residents_is_no_expulsion(resources, text):
    top = pipeline_top(text, resources)
    assert top.plover_type != "SANCTION"


def test_events_r25_plover_order_to_leave_given_to_envoy_stays_an_expulsion(resources):
    top = pipeline_top(
        "Niger ordered the Belgian charge d'affaires to leave the country.", resources
    )
    assert (top.plover_type, top.cameo_code) == ("SANCTION", "166")


@pytest.mark.parametrize(
    "text",
    [
        "The transitional council gave the Wagner instructors ten days to leave the country, a "
        "government spokesman said on state radio.",
        "The junta has given the UN mission a month to withdraw, diplomats said.",
    ],
)
def test_events_r25_plover_time_span_given_to_leave_is_an_ultimatum(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code) == ("THREATEN", "139")


def test_events_r25_plover_time_given_to_appeal_is_no_ultimatum(resources):
    top = pipeline_top("The tribunal gave the two officers ten days to appeal.", resources)
    assert top.plover_type != "THREATEN"


def test_events_r25_plover_stated_future_cut_in_relations_ranks_as_the_threat(resources):
    # By the conventions (framing.py, told_threats.py; PLOVER 3.11, CAMEO 131), a hostile act
    # said as the teller's own future is a threat told, the act kept just below it
    top = pipeline_top("Guyana said on Friday it would sever ties with the Bolivarian government.",
                       resources)  # fmt: skip
    assert top.plover_type == "THREATEN"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A Turkish cargo plane landed in Bishkek on Friday with 30 tonnes of flour, tents and "
         "blankets for families displaced by the earthquake, the emergencies ministry said, "
         "thanking Ankara for its support.", "landed"),
        ("An Indian navy ship arrived in Male with drinking water after the desalination plant "
         "failed.", "arrived"),
    ],
)  # fmt: skip
def test_events_r25_plover_arrival_carrying_relief_goods_delivers_aid(resources, text, trigger):
    top = pipeline_top(text, resources)
    assert (top.trigger, top.plover_type) == (trigger, "AID")


def test_events_r25_plover_arrival_with_a_message_stays_a_visit(resources):
    top = pipeline_top(
        "The foreign minister arrived in Tbilisi with a message from Baku.", resources
    )
    assert (top.plover_type, top.cameo_code) == ("CONSULT", "042")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Kazakhstan shelved a planned round of negotiations with Kyrgyzstan on the border, a "
         "foreign ministry official said.", "shelved"),
        ("The government broke off talks with the miners' union on Thursday.", "broke off"),
    ],
)  # fmt: skip
def test_events_r25_plover_talks_shelved_or_broken_off_are_halted(resources, text, trigger):
    top = pipeline_top(text, resources)
    assert (top.trigger, top.plover_type, top.cameo_code) == (trigger, "SANCTION", "164")
