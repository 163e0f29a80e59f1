"""Who did it to whom, issue 9 item 1's thirteenth round, on sentences written for the test:
"hosted a round of talks between A and B" hosts the talks (an event noun under the object's
"of"), so an armed group among the talks' parties does not make the hosting AID; "in protest
against X", "in response to X's act" names whom the act opposes or answers."""

from __future__ import annotations

import pytest
from event_helpers import event_on, events_with_actors

pytestmark = pytest.mark.slow


def test_events_round13_hosting_a_round_of_talks_hosts_the_talks(nlp):
    text = "Kenya hosted a second round of talks between the Ethiopian government and the OLA."
    events = events_with_actors(nlp, text, ("Kenya", "KEN", "GOV"),
                                ("Ethiopian government", "ETH", "GOV"), ("OLA", "ETH", "REB"))
    assert event_on(events, "hosted").plover_type == "CONSULT"


@pytest.mark.parametrize(
    ("text", "trigger", "actors", "target"),
    [
        ("Truckers blocked the highway in protest against the government's fuel tax.", "blocked",
         (("Truckers", None, "CVL"), ("government", "PER", "GOV")), "government"),
        ("Estonia expelled two diplomats in response to Moscow's cyberattacks.", "expelled",
         (("Estonia", "EST", "GOV"), ("Moscow", "RUS", "GOV")), "Moscow"),
    ],
)  # fmt: skip
def test_events_round13_in_protest_at_x_names_whom_the_act_opposes(nlp, text, trigger, actors,
                                                                   target):
    e = event_on(events_with_actors(nlp, text, *actors), trigger)
    assert [m.text for m in e.target] == [target]


def test_events_round13_in_phrase_of_no_stance_noun_stays_a_place(nlp):
    text = "Truckers blocked the highway in the heart of the government district."
    events = events_with_actors(nlp, text, ("Truckers", None, "CVL"), ("government", None, "GOV"))
    assert [m.text for m in event_on(events, "blocked").target] == []


def test_events_round13_third_partys_nominal_between_two_sides_is_aimed_at_both(nlp):
    text = "Kenya's mediation between the army and the rebels produced a truce."
    events = events_with_actors(nlp, text, ("Kenya", "KEN", "GOV"), ("army", "SSD", "MIL"),
                                ("rebels", "SSD", "REB"))  # fmt: skip
    e = event_on(events, "mediation")
    assert ([m.text for m in e.source], [m.text for m in e.target]) == (
        ["Kenya"], ["army", "rebels"])
    # without a third party, the first side acts on the second
    text = "Talks between the army and the rebels stalled."
    events = events_with_actors(nlp, text, ("army", "SSD", "MIL"), ("rebels", "SSD", "REB"))
    e = event_on(events, "Talks")
    assert ([m.text for m in e.source], [m.text for m in e.target]) == (["army"], ["rebels"])
