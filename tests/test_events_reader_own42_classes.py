"""Classes of phrasing read from reader_own42's tune misses and stop 62's list (round r43,
reader47). Every sentence here was written for these tests; none comes from a gold set."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Neighbours brought the displaced families tents and blankets on Tuesday.", "brought"),
        ("Volunteers brought food and water to the stranded lorry drivers at the border.", "brought"),
    ],
)
def test_events_reader_own42_goods_brought_to_people_are_aid(resources, text, trigger):
    # "brought them food and blankets": bringing relief goods to people is humanitarian aid, as
    # delivering them is (own_triggers.tsv "bring" rows beside the "deliver" ones)
    events = pipeline_events(text, resources)
    assert any(e.trigger.split()[0] == trigger and e.plover_type == "AID" for e in events), [
        (e.trigger, e.plover_type) for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The court ruling brought relief to the families of the sailors.",
        "Smugglers brought drugs across the river at night.",
    ],
)
def test_events_reader_own42_other_things_brought_are_no_aid(resources, text):
    # guard: relief felt and drugs smuggled are no aid (neither goods word is listed for "bring")
    assert not any(e.plover_type == "AID" for e in pipeline_events(text, resources))


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("He has been charged with spying for Moscow.", "Moscow"),
        ("The pilot was charged with smuggling weapons for Iran, officials said.", "Iran"),
    ],
)
def test_events_reader_own42_the_state_served_in_a_charge_is_not_the_one_charged(
    resources, text, state
):
    # "charged with spying for Moscow": the party in the act charged (its grounds) is no party
    # of the charge; the one charged is the passive's subject, here no named party
    events = [e for e in pipeline_events(text, resources) if e.trigger.split()[0] == "charged"]
    assert events and events[0].plover_type == "ACCUSE"
    assert not any(state in m.text for m in events[0].target), events[0].target


def test_events_reader_own42_one_charged_by_name_stays_the_target(resources):
    # guard: an active charge keeps its object as the one charged
    text = "Prosecutors in Warsaw charged a Russian citizen with spying for Moscow."
    events = [e for e in pipeline_events(text, resources) if e.trigger.split()[0] == "charged"]
    assert events and any("Russian" in m.text for m in events[0].target), events[0].target
