"""A sentence opening on "They" as a passive subject goes on with the people the sentence before
acted on (events/undergoers_before.py, lead stop 58)."""

from __future__ import annotations

import pytest
from event_helpers import event_on, pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "first", "word"),
    [
        (
            "Coast guards seized nine Honduran divers near the Mosquito Cays on Monday. "
            "They were released two days later after a consular visit.",
            "seized",
            "released",
        ),
        (
            "Gendarmes rounded up 60 migrants at a bus station in Agadez. "
            "They were charged with illegal entry on Friday, an official said.",
            "rounded",
            "charged",
        ),
    ],
)
def test_an_opening_passive_they_is_the_people_acted_on_before(text, first, word, resources):
    events = pipeline_events(text, resources)
    people = [m.text for m in event_on(events, first).target]
    assert people and [m.text for m in event_on(events, word).target] == people


def test_a_place_attacked_before_is_not_carried(resources):
    # guard: "They" after an attack on a base is the attackers, not the base
    text = "Rebels attacked an army base near Beni overnight. They were repelled after hours of fighting."
    events = pipeline_events(text, resources)
    repelled = [e for e in events if e.trigger == "repelled"]
    assert all(not any("base" in m.text for m in e.target) for e in repelled)


def test_an_opening_passive_they_with_a_by_agent_is_left_to_it(resources):
    # guard: the agent phrase tells the act's doer; the pronoun is not re-read
    text = (
        "Police detained 14 miners at a protest in Kitwe on Monday. "
        "They were visited in custody by the local bishop."
    )
    events = pipeline_events(text, resources)
    visited = [e for e in events if e.trigger == "visited"]
    assert all(not any("miners" in m.text for m in e.target) for e in visited)
