"""A "strike" read as a walkout is a military strike when aimed at something ("strikes on the
depots") or made by a state, its government, army or intelligence service; workers' strikes stay
walkouts (`strike_sense.aimed_strike`). The ACLED step adds no event on a word of a trigger
already found (`acled_typing`). Sentences written for the tests (stop 41, lead; the class came
from probes with other sentences)."""

from __future__ import annotations

import pytest

from realpolitik.model import Document
from realpolitik.pipeline import analyse_documents

pytestmark = pytest.mark.slow


def _types(text, resources):
    doc = Document("t", "t", raw=text, text=text)
    return [(e.plover_type, e.trigger) for e in analyse_documents([doc], resources)[0].event_mentions]


@pytest.mark.parametrize(
    "text",
    [
        "The air force conducted strikes on rebel supply depots near the river.",
        "Russia threatened strikes on weapons depots in Poland.",
    ],
)
def test_a_strike_aimed_at_something_or_made_by_a_state_is_an_attack(resources, text):
    strikes = [t for t, trigger in _types(text, resources) if "strike" in trigger]
    assert strikes and set(strikes) == {"ASSAULT"}


@pytest.mark.parametrize(
    "text",
    [
        "Bus drivers began a strike on Friday over unpaid wages.",
        "Miners went on strike at the copper mine.",
    ],
)
def test_a_workers_strike_stays_a_walkout(resources, text):
    strikes = [t for t, trigger in _types(text, resources) if "strike" in trigger]
    assert strikes and set(strikes) == {"PROTEST"}


def test_calling_a_strike_declares_it_and_calling_it_off_concedes(resources):
    # "called" names no act of its own (no de-escalation): the strike is the walkout
    called = _types("Port workers called a strike over the new shift rules.", resources)
    assert called == [("PROTEST", "strike")]
    off = _types("The pilots' union called off the strike on Sunday.", resources)
    assert off[:1] == [("CONCEDE", "called off")]
