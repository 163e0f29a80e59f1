"""Classes of phrasing of the PLOVER typing round r15 (plover33), on sentences written for the
test (not the gold sentences, nor the probes that found them): "joint" hung on a compound before
the head noun ("joint coast guard patrols") is joint action; an event noun the parser reads as a
verb after a plural compound ("a fisheries deal"); a hyphenated event noun the tokenizer splits
("a sit-in"); phone and video calls; concern voiced over an act; an event noun naming a force or
its kit ("riot police"); a passive court act in a place with no agent; goods carried by a vehicle
that is sent."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events, pipeline_top


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Peru and Ecuador held joint coast guard patrols along their sea border on Monday.",
        "Malawi and Zambia carried out joint wildlife crime patrols in the Luangwa valley.",
    ],
)
def test_events_r15_plover_joint_on_a_compound_is_joint_action(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code) == ("COOPERATE", "062"), text


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "ptype", "target"),
    [
        ("Mauritius signed a fisheries deal with the Seychelles on Thursday.", "SUPPORT",
         "Seychelles"),
        ("Palau inked a fisheries deal with Taiwan, the president's office said.", "SUPPORT",
         "Taiwan"),
        ("Namibia reached a fisheries deal with Angola after a week of talks.", "AGREE", "Angola"),
    ],
)  # fmt: skip
def test_events_r15_plover_deal_after_a_plural_compound_is_the_object(
    resources, text, ptype, target
):
    top = pipeline_top(text, resources)
    assert top.plover_type == ptype, text
    assert any(target in a.text for a in top.target), text


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "ptype"),
    [
        ("Nurses staged a sit-in outside the health ministry in Lusaka.", "PROTEST"),
        ("Miners began a walk-out at the copper mine near Kitwe.", "PROTEST"),
    ],
)
def test_events_r15_plover_hyphenated_event_nouns_are_read_whole(resources, text, ptype):
    assert pipeline_top(text, resources).plover_type == ptype, text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Malta's prime minister took a phone call from the Italian president about migrant boats.",
        "The Bolivian foreign minister had a telephone conversation with his Peruvian counterpart.",
        "Ecuador's president held a video call with the Colombian president on Friday.",
    ],
)
def test_events_r15_plover_phone_and_video_calls_are_consultations(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code) == ("CONSULT", "041"), text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Portugal voiced concern over Morocco's arrest of two Portuguese sailors.",
        "Bhutan expressed deep concern about India's plan to build a dam upstream.",
        "Canada expressed dismay at the shelling of a hospital in the city.",
    ],
)
def test_events_r15_plover_concern_voiced_is_disapproval(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code) == ("ACCUSE", "110"), text


@pytest.mark.slow
def test_events_r15_plover_a_force_named_by_its_act_is_no_event(resources):
    events = pipeline_events(
        "Anti-government marchers were met by riot police in Lusaka.", resources
    )
    # the lexicon reads no riot (CAMEO 145) on the force's name
    assert not [e for e in events if e.trigger.lower() == "riot" and e.cameo_code == "145"]
    top = pipeline_top("Riot police arrested eleven students outside the university in Harare.", resources)
    assert top.plover_type == "COERCE"
    # a riot that happened is still one
    assert pipeline_top("A riot broke out in the main prison in Lilongwe.", resources).plover_type == (
        "PROTEST"
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Three Albanian smugglers were charged in Athens with people trafficking.", "Athens"),
        ("A Lebanese banker was indicted in Paris for money laundering.", "Paris"),
    ],
)
def test_events_r15_plover_passive_court_act_in_a_place_is_its_states(resources, text, source):
    top = pipeline_top(text, resources)
    assert top.plover_type == "ACCUSE", text
    assert [a.text for a in top.source] == [source], text


@pytest.mark.slow
def test_events_r15_plover_passive_court_act_with_an_agent_keeps_it(resources):
    top = pipeline_top("Two Albanian smugglers were charged by prosecutors in Athens.", resources)
    assert [a.text for a in top.source] == ["prosecutors"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "India sent two naval ships with medicines and tents to Sri Lanka after the floods.",
        "France dispatched a military plane carrying blankets and food to Mayotte.",
        "Egypt dispatched relief supplies to Libya after the storm.",
    ],
)
def test_events_r15_plover_goods_a_vehicle_carries_are_what_is_sent(resources, text):
    assert pipeline_top(text, resources).plover_type == "AID", text


@pytest.mark.slow
def test_events_r15_plover_warships_sent_without_goods_stay_a_deployment(resources):
    top = pipeline_top("Greece sent two warships to the waters off Crete, the navy said.", resources)
    assert top.plover_type == "MOBILIZE"
