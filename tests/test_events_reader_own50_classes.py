"""Classes of phrasing read from reader_own50's tune misses and stop 70's list (round r51,
reader55). Every sentence here was written for these tests; none comes from a gold set."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events, token_named

from realpolitik.events.polarity import polarity_of

UNTRUE_NAMED_CLAIMS = [
    ("A local paper reported that guards had whipped two porters. The border agency called the report untrue.", "whipped", "denied"),
    (
        "Villagers say militiamen torched a school near the ford. The governor described the story as a fabrication.",
        "torched",
        "denied",
    ),
    ("A radio station reported that rangers had shot a herder. The park service called the report a lie on Monday.", "shot", "denied"),
    # guards: a report named unfair or biased is criticised, not denied; a new paragraph tells anew
    ("A local paper reported that guards had whipped two porters. The border agency called the report biased.", "whipped", "asserted"),
    ("A local paper reported that guards had whipped two porters.\nThe border agency called the report untrue.", "whipped", "asserted"),
]


@pytest.mark.parametrize(("text", "word", "expected"), UNTRUE_NAMED_CLAIMS)
def test_events_reader_own50_a_reported_act_is_denied_by_the_claim_named_untrue_in_the_next_sentence(nlp, text, word, expected):
    # "reported that the crewmen had been beaten ... The provincial police called the report
    # untrue": naming the told claim untrue denies the reported act as "denied the report" does;
    # it stayed asserted
    assert polarity_of(token_named(nlp(text), word)) == expected


def _read(events):
    return [(e.trigger, e.plover_type, e.polarity) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "A Russian diplomat was told to leave Oslo by Friday.",
        "Two Kenyan reporters were told to leave the country on Monday.",
        "An Iranian consul was told to quit Baku within three days.",
    ],
)
def test_events_reader_own50_a_passive_order_to_leave_is_an_expulsion(resources, text):
    # "A Lao trade attaché was told to leave Bangkok within 48 hours": a verb of saying gave an
    # order only with an addressee object ("told the envoy to leave"), so the passive read no
    # event on "told", only a visit intended on "leave"
    events = pipeline_events(text, resources)
    assert any(e.trigger.startswith("told") and e.plover_type == "SANCTION" for e in events), _read(events)


@pytest.mark.parametrize(
    "text",
    ["Residents were told to leave their houses before the flood.", "The envoy was told to wait in the lobby."],
)
def test_events_reader_own50_a_passive_order_to_leave_home_or_to_wait_is_no_expulsion(resources, text):
    # guards: people told to leave their homes are evacuated, and an instruction to wait is no
    # order to leave; neither reads an event on "told"
    events = pipeline_events(text, resources)
    assert not any(e.trigger.startswith("told") for e in events), _read(events)
