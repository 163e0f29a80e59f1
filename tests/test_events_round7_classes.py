"""Classes of phrasing of issue 9's seventh round, on sentences written for the test (not the
held-out sentences that prompted them): travelling "to meet" someone is a visit aimed at them; a
retreat "out of" a place takes the place as its target; leaving military ground is a retreat, not
a visit's departure; a statement about a proposal is aimed at whoever made it; handing goods to
people is aid; dropping a bill, a ban or a charge is a concession; an act inside "according to"
ranks below the reported one; a protest is aimed at whom its demand names; a threat or an
agreement with no party named takes the governed act's; a concession answers whoever pressed
for it."""

from __future__ import annotations

import pytest
from event_helpers import event_on as _on
from event_helpers import pipeline_events

from realpolitik.eval.plover import top_event

pytestmark = pytest.mark.slow


def test_events_round7_travel_to_meet_is_aimed_at_whom_it_meets(resources):
    text = "The Indian foreign secretary travelled to Dhaka on Monday to meet Bangladesh's army chief."
    events = pipeline_events(text, resources)
    e = _on(events, "travelled")
    assert e.plover_type == "CONSULT"
    assert [m.country for m in e.target] == ["BGD"]
    assert top_event(events) is e  # the asserted journey, not the intended meeting, is the event


def test_events_round7_travel_without_a_meeting_purpose_keeps_no_target(resources):
    text = "The Indian foreign secretary travelled to Dhaka on Monday to attend a conference."
    e = _on(pipeline_events(text, resources), "travelled")
    assert all(m.country != "BGD" or m.text != "army chief" for m in e.target)
    assert not any("army" in m.text for m in e.target)


def test_events_round7_pulling_out_of_a_place_targets_it(resources):
    text = "Ethiopian troops pulled out of the town of Baidoa on Saturday, local elders said."
    e = _on(pipeline_events(text, resources), "pulled")
    assert e.plover_type == "RETREAT"
    assert [m.country for m in e.target] == ["SOM"]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The militiamen left their positions along the river after the truce.", "left"),
        ("Government soldiers vacated the base at dawn.", "vacated"),
        ("The insurgents quit the district ahead of the offensive.", "quit"),
    ],
)
def test_events_round7_leaving_military_ground_is_a_retreat(resources, text, verb):
    e = _on(pipeline_events(text, resources), verb)
    assert (e.plover_type, e.plover_mode) == ("RETREAT", "withdraw")


def test_events_round7_leaving_a_meeting_is_not_a_retreat(resources):
    e = _on(pipeline_events("The envoy left the meeting early, aides said.", resources), "left")
    assert e.plover_type != "RETREAT"


@pytest.mark.parametrize(
    ("text", "verb", "kind", "country"),
    [
        ("Peru's congress rejected a truce plan put forward by Chilean negotiators.", "rejected",
         "REJECT", "CHL"),
        ("The Swiss government welcomed a ceasefire proposal drafted by Qatari diplomats.",
         "welcomed", "SUPPORT", "QAT"),
        ("The Greek parliament endorsed Turkey's offer of a joint coast guard patrol.", "endorsed",
         "SUPPORT", "TUR"),
    ],
)
def test_events_round7_a_statement_about_a_proposal_targets_its_author(
    resources, text, verb, kind, country
):
    e = _on(pipeline_events(text, resources), verb)
    assert e.plover_type == kind
    assert country in [m.country for m in e.target]


def test_events_round7_an_attack_on_a_plan_author_is_not_read_through_the_plan(resources):
    # only statements: a bombing "of a plan" makes no sense, but a raid on a proposal's venue
    # must not take the proposal's author as its target through this rule
    text = "Police raided the offices that hosted the talks on a plan by Sudanese exiles."
    e = _on(pipeline_events(text, resources), "raided")
    assert "Sudanese" not in " ".join(m.text for m in e.target)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The Red Crescent delivered blankets and tents to flood victims in Libya.", "delivered"),
        ("Volunteers distributed flour to families in the camp.", "distributed"),
        ("Jordan airlifted medicine to hospitals in the Gaza Strip.", "airlifted"),
    ],
)
def test_events_round7_handing_goods_to_people_is_aid(resources, text, verb):
    e = _on(pipeline_events(text, resources), verb)
    assert e.plover_type == "AID"


def test_events_round7_delivering_a_speech_is_not_aid(resources):
    text = "The president delivered a speech to parliament on Tuesday."
    assert all(e.plover_type != "AID" for e in pipeline_events(text, resources))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Slovakia's government dropped a media bill that critics had denounced.", "dropped"),
        ("Prosecutors in Ankara dropped the charges against the two journalists.", "dropped"),
        ("The ruling party scrapped a ban on opposition rallies.", "scrapped"),
    ],
)
def test_events_round7_giving_up_a_bill_a_ban_or_charges_is_a_concession(resources, text, verb):
    events = pipeline_events(text, resources)
    e = _on(events, verb)
    assert e.plover_type == "CONCEDE"
    assert top_event(events) is e  # not an event of the relative clause ("had denounced")


def test_events_round7_an_act_inside_the_attribution_is_not_the_main_event(resources):
    # the attribution's act has both parties and the reported one none: without the attribution
    # penalty the lawyer's being sent would be the sentence's event
    text = ("A journalist died after torture in a military jail, according to a lawyer sent to "
            "the jail by the Kenyan bar association.")
    top = top_event(pipeline_events(text, resources))
    assert top is not None and (top.trigger, top.plover_type) == ("torture", "ASSAULT")


@pytest.mark.parametrize(
    ("text", "verb", "country"),
    [
        ("Nurses began a hunger strike outside the health ministry to demand back pay from the "
         "Kenyan government.", "strike", "KEN"),
        ("Protesters blocked streets leading to the airport to press their grievances with the "
         "Ghanaian government.", "blocked", "GHA"),
        ("Students marched through Dhaka on Monday, demanding the resignation of the Bangladeshi "
         "prime minister.", "marched", "BGD"),
    ],
)
def test_events_round7_a_protest_is_aimed_at_whom_its_demand_names(resources, text, verb, country):
    e = _on(pipeline_events(text, resources), verb)
    assert e.plover_type == "PROTEST"
    assert [m.country for m in e.target] == [country]


def test_events_round7_a_threat_is_aimed_at_whom_the_threatened_act_is(resources):
    text = ("Turkey's defence ministry threatened on Monday to impose restrictions against Greek "
            "fishing boats.")
    e = _on(pipeline_events(text, resources), "threatened")
    assert e.plover_type == "THREATEN"
    assert [m.country for m in e.target] == ["GRC"]


def test_events_round7_a_threat_with_no_act_on_a_party_keeps_no_target(resources):
    e = _on(pipeline_events("The Ghanaian finance minister threatened to resign.", resources), "threatened")
    assert e.target == []


def test_events_round7_an_agreement_to_act_is_aimed_at_whom_the_act_is(resources):
    text = "The Ugandan army agreed last week to hand over the town of Kasindi to Congolese troops."
    e = _on(pipeline_events(text, resources), "agreed")
    assert e.plover_type == "AGREE"
    assert [m.country for m in e.target] == ["COD"]


@pytest.mark.parametrize(
    ("text", "verb", "country"),
    [
        ("Under pressure from the African Union, Chad's junta repealed the decree.", "repealed",
         None),
        ("At the request of the Turkish government, Sweden's parliament dropped the ban.", "dropped",
         "TUR"),
    ],
)
def test_events_round7_a_concession_answers_whoever_pressed_for_it(resources, text, verb, country):
    e = _on(pipeline_events(text, resources), verb)
    assert e.plover_type == "CONCEDE"
    if country:
        assert [m.country for m in e.target] == [country]
    else:
        assert [m.text for m in e.target] == ["African Union"]
