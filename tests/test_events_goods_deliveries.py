"""Goods handed over named by a noun ("the delivery of the howitzers") are an AID event whose
target is the party or capital of the "to" phrase and never the goods of the "of" phrase; a word
the ACLED step did not list for a sub-type names none of its acts when the lexicon reads it as an
act the sub-type cannot carry, nor does a verb that only puts an act off. Sentences written for
the tests (stop 40, lead)."""

from __future__ import annotations

import pytest
from event_helpers import event_on, pipeline_events

from realpolitik.events.acled_typing import _may_name, subtypes
from realpolitik.events.polarity import defers_act

pytestmark = pytest.mark.slow


def test_a_delivery_put_on_hold_is_aid_still_intended_for_the_capitals_state(resources):
    events = pipeline_events("Berlin has put the delivery of the howitzers to Vilnius on hold.", resources)
    delivery = event_on(events, "delivery")
    assert delivery.plover_type == "AID"
    assert delivery.polarity == "intended"
    assert [a.country for a in delivery.target] == ["LTU"]


def test_resumed_deliveries_are_aid_that_happened(resources):
    events = pipeline_events(
        "The Dutch government resumed deliveries of spare parts to Jerusalem last week.", resources
    )
    deliveries = event_on(events, "deliveries")
    assert (deliveries.plover_type, deliveries.polarity) == ("AID", "asserted")
    assert [a.country for a in deliveries.source] == ["NLD"]
    assert [a.country for a in deliveries.target] == ["ISR"]


def test_the_goods_of_a_delivery_are_no_party_to_it(resources):
    events = pipeline_events(
        "Paris signed an accord on the delivery of Rafale jets to Athens.",
        resources,
    )
    delivery = event_on(events, "delivery")
    named = [a.text for a in delivery.source + delivery.target]
    assert not any("jet" in n or "helicopter" in n or "Rafale" in n for n in named)
    assert [a.country for a in delivery.target] == ["GRC"]


def _token(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


def test_a_word_of_violence_names_no_agreement_but_names_a_clash(nlp):
    injured = _token(nlp, "The transfer of injured fighters across the front was agreed.", "injured")
    assert not _may_name(injured, subtypes()["Agreement"])
    assert _may_name(injured, subtypes()["Armed clash"])


def test_a_verb_that_puts_an_act_off_is_no_act_of_its_own(nlp):
    assert defers_act(_token(nlp, "The convoy of ammunition was put on ice in March.", "put"))
    assert not defers_act(_token(nlp, "The militia put the ammunition on a truck.", "put"))
