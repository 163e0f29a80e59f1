"""Lexicon gaps a careful reader finds (issue 9, item 4, recall round 2): fleeing is a withdrawal,
isolating a government reduces relations, a transfer hands something over, raising the level of
ties is cooperation, a sale is the event of selling, and receiving weapons is the giver's military
aid; a verb of saying that alleges a conflictual act of another party is an accusation. Each class is pinned with its contrast. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on, events_with_actors

from realpolitik.events.lexicon import load_lexicon

pytestmark = pytest.mark.slow


def test_events_recall_lexicon_gap_entries_load():
    lex = load_lexicon()
    assert lex.verb("flee").plover_type == "RETREAT"
    assert lex.verb("isolate").plover_type == "SANCTION"
    assert lex.verb("scale", "up").plover_type == "COOPERATE"
    assert lex.noun("sale", ["arm"]).cameo == "062"
    assert lex.pattern("receive", "", "howitzer").plover_type == "AID"


@pytest.mark.parametrize(
    "sentence,trigger,plover_type,polarity",
    [
        (
            "The floods forced hundreds of families to flee their homes.",
            "flee",
            "RETREAT",
            "asserted",
        ),
        ("Residents fled the town as the rebels advanced.", "fled", "RETREAT", "asserted"),
        ("The West isolated Moscow after the invasion.", "isolated", "SANCTION", "asserted"),
        ("Iran transferred drones to Russia.", "transferred", "AID", "asserted"),
        ("Rabat upscaled its trade relations with Dakar.", "upscaled", "COOPERATE", "asserted"),
        ("Seoul scaled up its economic ties with Hanoi.", "scaled", "COOPERATE", "asserted"),
        ("The planned sale of tanks to Warsaw needs approval.", "sale", "COOPERATE", "intended"),
        ("Armenia has yet to receive the promised howitzers.", "receive", "AID", "negated"),
    ],
)
def test_events_recall_lexicon_gap_is_a_typed_event(nlp, sentence, trigger, plover_type, polarity):
    events = events_with_actors(nlp, sentence)
    event = event_on(events, trigger)
    assert (event.plover_type, event.polarity) == (plover_type, polarity)


def test_events_recall_received_weapons_are_the_givers_aid(nlp):
    text = "Ukraine received fighter jets from Denmark."
    events = events_with_actors(nlp, text, ("Ukraine", "UKR", "GOV"), ("Denmark", "DNK", "GOV"))
    received = event_on(events, "received")
    assert received.plover_type == "AID" and received.cameo_code == "072"
    assert [m.text for m in received.source] == ["Denmark"]
    assert [m.text for m in received.target] == ["Ukraine"]


def test_events_recall_received_non_weapon_is_no_aid(nlp):
    events = events_with_actors(nlp, "The ministry received the letter on Monday.")
    assert not [e for e in events if e.plover_type == "AID"]


def test_events_recall_scaling_without_up_is_no_event(nlp):
    events = events_with_actors(nlp, "The climbers scaled the northern face.")
    assert not [e for e in events if e.trigger.split()[0] == "scaled"]


def test_events_recall_claimed_hostile_act_accuses_its_doer(nlp):
    text = "Police claimed that the protesters had attacked officers first."
    events = events_with_actors(nlp, text, ("Police", "CHL", "COP"), ("protesters", "CHL", "OPP"))
    claimed = event_on(events, "claimed")
    assert (claimed.plover_type, claimed.polarity) == ("ACCUSE", "asserted")
    assert [m.text for m in claimed.source] == ["Police"]
    assert [m.text for m in claimed.target] == ["protesters"]
    # the reported act stays an event of its own
    assert event_on(events, "attacked").plover_type == "ASSAULT"


@pytest.mark.parametrize(
    "sentence",
    [
        # the speaker's own act, a cooperative act, a claim of responsibility, a plain report
        "The ministry claimed that its forces had shelled the rebel positions.",
        "Caracas claimed that Bogota had agreed to reopen the border.",
        "The group claimed the bombing in Quetta.",
        "The envoy said that the militia had shelled the town.",
        # a passive subject is the victims, not the doer
        "The army claimed that nine fighters were killed in the raid.",
    ],
)
def test_events_recall_claim_without_hostile_act_of_another_is_no_accusation(nlp, sentence):
    events = events_with_actors(nlp, sentence)
    assert not [e for e in events if e.plover_type == "ACCUSE"]
