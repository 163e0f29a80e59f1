"""Classes of phrasing of the PLOVER typing round r21 (plover39), on sentences written for the
test (not the gold sentences, nor the probes that found them): a crowd's, residents', students'
or activists' protest over a detention, an arrest or a jailing is a demonstration (PROTEST 141),
not CAMEO's object row "protest detention" (rallying support, 053); a state's protest over the
same stays a diplomatic protest (ACCUSE, round r20); prisoners or detainees handed (over) to the
Red Cross, the Red Crescent or the ICRC are released (RETREAT 0841), handed to a state a custody
transfer (judicial cooperation, COOPERATE 063), goods handed to them stay aid; a protest told in a bare
clause ("protested the raids were illegal") is a complaint (ACCUSE), not CAMEO's support row."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events, pipeline_top


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Several hundred farmers protested the arrest of their cooperative's chairman in Kisumu.",
        "A crowd of market traders protested the detention of a vendor outside the police station.",
        "Rights activists protested the jailing of a blogger in front of the courthouse in Hanoi.",
    ],
)
def test_events_r21_plover_crowd_protesting_a_detention_demonstrates(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code) == ("PROTEST", "141"), text


@pytest.mark.slow
def test_events_r21_plover_state_protesting_a_detention_still_complains(resources):
    top = pipeline_top("Italy protested the detention of an Italian aid worker in Libya.", resources)
    assert top.plover_type == "ACCUSE"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Islamist fighters handed over 15 detainees to the Red Cross in Gao on Sunday.",
        "The rebel movement handed 32 prisoners of war to the ICRC at the frontline.",
        "The army turned over nine captured fighters to the Red Crescent in Idlib.",
    ],
)
def test_events_r21_plover_prisoners_handed_to_the_red_cross_are_released(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code) == ("RETREAT", "0841"), text


@pytest.mark.slow
def test_events_r21_plover_prisoners_handed_to_a_state_are_a_custody_transfer(resources):
    top = pipeline_top("Ethiopia handed 11 prisoners to Djibouti on Monday.", resources)
    assert (top.plover_type, top.cameo_code) == ("COOPERATE", "063")


@pytest.mark.slow
def test_events_r21_plover_refusal_to_hand_prisoners_to_the_red_cross_stays_a_refusal(resources):
    top = pipeline_top(
        "The junta refused to hand over 40 detainees to the Red Cross, a spokesman said.", resources
    )
    assert top.plover_type == "REJECT"


@pytest.mark.slow
def test_events_r21_plover_goods_handed_to_the_red_crescent_stay_aid(resources):
    top = pipeline_top("Kuwait handed over flour and blankets to the Red Crescent in Aden.", resources)
    assert top.plover_type == "AID"


@pytest.mark.slow
def test_events_r21_plover_protest_told_in_a_bare_clause_is_a_complaint(resources):
    # no "that": the parser makes "the raids" the verb's object and "were illegal" its clause
    events = pipeline_events("Reporters protested the raids were illegal, their union said.", resources)
    protest = next(e for e in events if e.trigger == "protested")
    assert protest.plover_type == "ACCUSE"


@pytest.mark.slow
def test_events_r21_plover_main_verb_after_an_apposed_subject_keeps_its_source(resources):
    # the parser makes "minister" the root and "urged" a participle clause on it
    top = pipeline_top(
        "Peru's foreign minister, the bloc's special envoy, urged Ecuador to reopen the border.",
        resources,
    )
    assert top.plover_type == "REQUEST"
    assert any("Peru" in m.text for m in top.source)
    assert not any("Peru" in m.text for m in top.target)


@pytest.mark.slow
def test_events_r21_plover_participle_with_an_agent_after_an_apposition_stays_passive(resources):
    events = pipeline_events(
        "The convoy, a column of fuel trucks, attacked by rebels near Beni, was burned.", resources
    )
    attack = next(e for e in events if e.trigger == "attacked")
    assert [m.text for m in attack.source] == ["rebels"]
