"""Classes the reader_own24 tune articles lacked (issue 9, round r25, reader29): facing a
penalty is a sanction still to come; a body sent to talks ("the two delegations", "a joint
committee") meets as a party; a subject set off by a participle clause keeps its main verb;
forces moving towards a dividing line ("the line of contact", "the administrative line") are
readied as at a border. Every text here was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Shopkeepers who ignore the order will face fines of up to 800 dollars.", "face"),
        ("Airlines could face heavy penalties under the new rule, the regulator said.", "face"),
        ("Banks will face sanctions if they keep serving the blacklisted firms.", "face"),
    ],
)
def test_facing_a_penalty_is_a_sanction_not_yet_done(analyse, text, word):
    event = event_on(analyse(text), word)
    assert event.plover_type == "SANCTION"
    assert event.polarity != "asserted"


def test_a_penalty_already_imposed_stays_an_asserted_sanction(analyse):
    event = event_on(analyse("The regulator fined the airline 3 million euros on Monday."), "fined")
    assert event.plover_type == "SANCTION" and event.polarity == "asserted"


@pytest.mark.parametrize(
    ("text", "word", "party"),
    [
        ("The two delegations met again in Vienna on Thursday.", "met", "delegations"),
        ("A joint committee met in Tashkent twice last year.", "met", "joint committee"),
    ],
)
def test_a_delegation_or_joint_committee_meets_as_a_party(analyse, text, word, party):
    event = event_on(analyse(text), word)
    assert event.plover_type == "CONSULT" and event.polarity == "asserted"
    assert party in [m.text for m in event.source]


@pytest.mark.parametrize(
    ("text", "word", "doer"),
    [
        (
            "The governor, appointed in March by the cabinet, called on shopkeepers to reopen.",
            "called",
            "governor",
        ),
        (
            "The district chief, elected in June on a small turnout, called on herders to stay "
            "away from the wells but admitted that no water had been delivered.",
            "called",
            "chief",
        ),
    ],
)
def test_a_subject_set_off_by_a_participle_clause_keeps_its_main_verb(analyse, text, word, doer):
    event = event_on(analyse(text), word)
    assert event.plover_type == "REQUEST"
    assert any(doer in m.text for m in event.source)


def test_a_second_participle_before_the_main_verb_stays_passive(analyse):
    # the noun undergoes both participles; "was freed" is the main verb, no "but" joins them
    text = "The police chief, sacked by the minister on Monday, arrested in Kano on Tuesday, was freed."
    event = event_on(analyse(text), "arrested")
    assert not [m for m in event.source if "chief" in m.text]
    assert [m for m in event.target if "chief" in m.text]


@pytest.mark.parametrize(
    "text",
    [
        "Armoured units were moving towards the line of contact on Monday, the ministry said.",
        "Several battalions moved towards the administrative line overnight, officials said.",
    ],
)
def test_forces_moving_towards_a_dividing_line_are_mobilized(analyse, text):
    assert [e for e in analyse(text) if e.plover_type == "MOBILIZE"]


def test_moving_towards_a_line_that_divides_no_sides_is_no_mobilization(analyse):
    events = analyse("The lorries moved slowly towards the line of cars at the toll gate.")
    assert not [e for e in events if e.plover_type == "MOBILIZE"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Hundreds of residents lined lorries across the bridge on Sunday.", "lined"),
        (
            "Dozens of taxi drivers parked their cabs across the avenue leading to parliament, "
            "demanding lower fuel prices.",
            "parked",
        ),
    ],
)
def test_vehicles_put_across_a_way_block_it_in_protest(analyse, text, word):
    assert event_on(analyse(text), word).plover_type == "PROTEST"


@pytest.mark.parametrize(
    "text",
    [
        "He parked his car across the street from the embassy.",
        "Soldiers parked armoured vehicles across the road into the town.",
    ],
)
def test_a_car_parked_opposite_a_place_or_by_a_force_is_no_protest(analyse, text):
    assert not [e for e in analyse(text) if e.plover_type == "PROTEST"]


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        (
            "The general, asked whether his troops would withdraw from the pass, said nothing.",
            "withdraw",
            "RETREAT",
        ),
        (
            "Asked whether Lima would lift the embargo, the spokesman declined to comment.",
            "lift",
            "CONCEDE",
        ),
    ],
)
def test_an_act_asked_about_keeps_its_type_and_is_not_done(analyse, text, word, kind):
    events = analyse(text)
    event = event_on(events, word)
    assert event.plover_type == kind and event.polarity != "asserted"
    assert not [e for e in events if e.trigger.lower().startswith("asked")]


def test_asking_a_party_to_act_stays_a_request(analyse):
    events = analyse(
        "The mediator asked the rebels to decide whether they would free the hostages."
    )
    assert event_on(events, "asked").plover_type == "REQUEST"


def test_a_future_act_told_without_a_question_is_still_a_pledge(analyse):
    events = analyse("Norway will give Malawi a loan for the new dam.")
    assert event_on(events, "give").plover_type == "AGREE"


def test_an_if_that_sets_a_condition_leaves_the_asking_a_request(analyse):
    events = analyse(
        "Chile said it would ask the tribunal for interim measures if the talks failed."
    )
    assert event_on(events, "ask").plover_type == "REQUEST"
