"""Offers, refusals and conditions told in the reader_own7 tune articles' shapes (issue 9, round
r8): an act under "was ready / willing / prepared to" told by a verb of saying is an offer (or a
threat) told; a cooperative act the teller's side says it will not do is a refusal told; a clause
opened by "provided" that the parser hangs under the word as its complement is a condition.
Every text here was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "teller", "act", "act_type"),
    [
        (
            "The foreign ministry said on Friday that Lakeland was ready to hold talks with "
            "Northport on the fishing quotas.",
            "said",
            "talks",
            "CONSULT",
        ),
        (
            "A palace official told reporters that the emirate was willing to provide food aid to "
            "the flooded province.",
            "told",
            "provide",
            "AID",
        ),
    ],
)
def test_readiness_told_is_an_asserted_offer_and_an_unasserted_act(
    analyse, text, teller, act, act_type
):
    events = analyse(text)
    offer = event_on(events, teller)
    assert (offer.plover_type, offer.polarity) == ("AGREE", "asserted")
    done = next(e for e in events if act in e.trigger.split())
    assert done.plover_type == act_type
    assert done.polarity in {"hypothetical", "intended"}


def test_readiness_to_strike_told_is_an_asserted_threat(analyse):
    events = analyse(
        "The minister added that the navy was prepared to shell the boats if they entered the bay."
    )
    threat = event_on(events, "added")
    assert (threat.plover_type, threat.polarity) == ("THREATEN", "asserted")


@pytest.mark.parametrize(
    ("text", "teller", "act"),
    [
        (
            "A spokeswoman told reporters that Lakeland would not host the border commission "
            "this year.",
            "told",
            "host",
        ),
        (
            "The interior minister said the government will not release the detained organisers "
            "before the trial.",
            "said",
            "release",
        ),
    ],
)
def test_cooperative_act_told_as_not_to_be_done_is_an_asserted_refusal(analyse, text, teller, act):
    events = analyse(text)
    refusal = event_on(events, teller)
    assert (refusal.plover_type, refusal.polarity) == ("REJECT", "asserted")
    done = event_on(events, act)
    assert done.plover_type != "REJECT"
    assert done.polarity != "asserted"


def test_hostile_act_told_as_not_to_be_done_stays_a_reassurance(analyse):
    events = analyse("The general said his troops would not cross the river into the valley.")
    assert not [e for e in events if e.trigger == "said"]


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        (
            "He added that the city was ready to sign a truce with the rebels, provided the "
            "rebels pulled their fighters back from the hills.",
            "pulled",
        ),
        (
            "The envoy said Northport would lift the fishing ban, provided Lakeland withdrew its "
            "patrol boats from the bay.",
            "withdrew",
        ),
    ],
)
def test_act_after_provided_is_a_condition_not_a_fact(analyse, text, condition):
    event = event_on(analyse(text), condition)
    assert event.polarity == "hypothetical"


@pytest.mark.parametrize(
    ("text", "act", "act_type"),
    [
        (
            "The county said it would open a shelter for the evacuees and asked the churches to "
            "send blankets.",
            "send",
            "AID",
        ),
        (
            "The ministry says it will reopen the consulate and has asked the neighbours to send "
            "food to the border towns.",
            "send",
            "AID",
        ),
    ],
)
def test_act_under_a_finite_conjunct_of_a_future_verb_is_not_a_promise(
    analyse, text, act, act_type
):
    done = event_on(analyse(text), act)
    assert done.plover_type == act_type
    assert done.polarity != "asserted"
