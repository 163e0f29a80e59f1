"""Classes of phrasing read from reader_own48's tune misses and stop 68's list (round r49,
reader53). Every sentence here was written for these tests; none comes from a gold set."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events


def _read(events):
    return [(e.trigger, e.plover_type, e.polarity) for e in events]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Quito will not let its fishermen be judged by a foreign court.", "let"),
        ("The president said he would never let the refugees be sent back.", "let"),
        ("The government will not permit its soldiers to be tried abroad.", "permit"),
        ("Zagreb will not allow its engineers to be questioned by Serbian police.", "allow"),
    ],
)
def test_events_reader_own48_refusing_to_let_ones_people_be_done_to_is_a_rejection(resources, text, word):
    # "will not let its labourers be tried": a party that will not let its own people be subjected
    # to another's act refuses (REJECT), told as a statement; "let" read nothing and "allow" a
    # negated REJECT
    events = pipeline_events(text, resources)
    assert any(
        e.trigger.split()[0] == word and e.plover_type == "REJECT" and e.polarity == "asserted" for e in events
    ), _read(events)


def test_events_reader_own48_not_letting_a_party_act_keeps_its_reading(resources):
    # guard: an active complement ("will not allow Iran to obtain") may be a warning; it keeps
    # today's negated reading
    events = pipeline_events("Washington will not allow Iran to obtain a nuclear weapon.", resources)
    assert not any(e.trigger.startswith("allow") and e.polarity == "asserted" for e in events), _read(events)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry called the story a fabrication.",
        "The spokesman described the account as a fabrication.",
        "Police called the report a lie on Tuesday.",
    ],
)
def test_events_reader_own48_an_account_named_untrue_is_denied(resources, text):
    # "The army called the report a lie": naming an account untrue denies it (REJECT), as "denied
    # the report" does; it read a criticism (ACCUSE)
    events = pipeline_events(text, resources)
    named = [e for e in events if e.trigger.split()[0] in {"called", "described"}]
    assert named and all(e.plover_type == "REJECT" for e in named), _read(events)


def test_events_reader_own48_an_act_named_unfair_stays_a_criticism(resources):
    # guard: acts named illegal, or a report named biased, are criticised, not denied (charges
    # named untrue stay criticisms too: tests/test_events_r13_reader.py)
    for text in ("The opposition called the arrests illegal.", "The minister called the report biased."):
        events = pipeline_events(text, resources)
        assert any(e.trigger.startswith("called") and e.plover_type == "ACCUSE" for e in events), _read(events)
