"""A relative clause with no relative word, a subject of its own and no object ("the fishermen
its navy seized", "a journalist officials accused of spying") acts on the noun it hangs on: that
noun's party is the clause's target (`events.arguments._contact_relative_on_object`)."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events


def _on(text, resources, word):
    return [e for e in pipeline_events(text, resources) if e.trigger.split()[0] == word]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "target"),
    [
        ("Kenya returned the Ugandan fishermen its navy seized near Migingo.", "seized", "UGA"),
        (
            "Thailand extradited a Cambodian activist the police had detained in Bangkok.",
            "detained",
            "KHM",
        ),
        ("Nepal expelled a Chinese reporter officials accused of spying.", "accused", "CHN"),
    ],
)
def test_events_contact_relative_acts_on_its_noun(resources, text, word, target):
    events = _on(text, resources, word)
    assert events, text
    assert any((m.country or "") == target for m in events[0].target), text


@pytest.mark.slow
def test_events_relative_with_its_own_object_keeps_its_target(resources):
    # the clause's own object is what was struck; the noun it hangs on is no target
    text = "Chad buried the soldiers the rebels ambushed a convoy with on Monday."
    events = _on(text, resources, "ambushed")
    assert events and not any("soldiers" in m.text for m in events[0].target)
