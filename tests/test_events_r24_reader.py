"""Classes the reader_own23 tune articles lacked (issue 9, round r24, reader28): a standing
refusal to recognise or accept ("has never recognised the annexation") is a rejection told beside
the negated recognition; a convening ("called an emergency meeting") is a meeting; "a shooting" is
an act told by its noun; an outcome told by "end in" / "escalate into" / "lead to" shares the
verb's modality. Every text here was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


def _rejections(events):
    return [e for e in events if e.plover_type == "REJECT"]


@pytest.mark.parametrize(
    "text",
    [
        "Serbia has never recognised the independence of the province.",
        "Morocco, which has never accepted the ruling, recalled its envoy.",
        "Ankara still does not recognise the government in Nicosia, the diplomat said.",
    ],
)
def test_a_standing_refusal_to_recognise_is_an_asserted_rejection(analyse, text):
    (refusal,) = _rejections(analyse(text))
    assert refusal.polarity == "asserted"
    assert refusal.source


def test_a_standing_refusal_keeps_the_negated_recognition_first(analyse):
    # the polarity gold reads the recognising verb itself as negated: it stays the first event on it
    events = analyse("Belarus has never recognised the breakaway republic.")
    first = next(e for e in events if "recognis" in e.trigger)
    assert first.plover_type != "REJECT" and first.polarity == "negated"
    assert _rejections(events)


@pytest.mark.parametrize(
    "text",
    [
        "The charity has never accepted money from foreign donors.",
        "Peru did not accept the invitation to the summit.",
        "The minister could not accept the ruling.",
    ],
)
def test_goods_a_past_refusal_or_an_inability_add_no_standing_refusal(analyse, text):
    assert not [e for e in _rejections(analyse(text)) if "never" in e.trigger or "not" in e.trigger]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The president called an emergency meeting of his ministers on Tuesday.", "called"),
        ("The governor summoned the crisis committee to an urgent session.", "summoned"),
    ],
)
def test_a_convening_is_a_meeting(analyse, text, word):
    assert event_on(analyse(text), word).plover_type == "CONSULT"


def test_summoning_an_envoy_stays_a_protest(analyse):
    assert event_on(
        analyse("Lima summoned the Chilean ambassador on Friday."), "summoned"
    ).plover_type in {
        "ACCUSE",
        "PROTEST",
    }


def test_a_shooting_is_an_act_told_by_its_noun(analyse):
    events = analyse("Two guards were hurt in a shooting outside the embassy on Monday.")
    assert event_on(events, "shooting").plover_type == "ASSAULT"


@pytest.mark.parametrize(
    ("text", "word", "polarity"),
    [
        ("Herders fear the quarrel will one day end in a shooting.", "shooting", "hypothetical"),
        ("The standoff could escalate into clashes, observers said.", "clashes", "hypothetical"),
        ("The march ended in clashes with riot police on Sunday.", "clashes", "asserted"),
    ],
)
def test_an_outcome_shares_the_modality_of_the_verb_it_ends(analyse, text, word, polarity):
    assert event_on(analyse(text), word).polarity == polarity


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The junta said it would accept the election result.", "accept"),
        ("The tribunal ruled for Guyana, a verdict Caracas said it would respect.", "respect"),
        ("The league told reporters it would comply with the ruling.", "comply"),
    ],
)
def test_a_pledge_to_comply_told_by_the_party_is_an_asserted_agreement(analyse, text, word):
    event = event_on(analyse(text), word)
    assert event.plover_type == "AGREE" and event.polarity == "asserted"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Bogota would accept a monitor only if the rebels disarmed first.", "accept"),
        ("The ministry said it would sign the accord next month.", "sign"),
        ("Observers expect that the party will accept the result.", "accept"),
    ],
)
def test_a_conditioned_or_unsaid_or_future_signing_stays_not_asserted(analyse, text, word):
    events = [e for e in analyse(text) if e.trigger.startswith(word)]
    assert all(e.polarity != "asserted" for e in events)
