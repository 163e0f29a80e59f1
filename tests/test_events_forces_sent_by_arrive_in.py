"""Round r37 (args41), the brief's leftover from stop 56 and own79 tune; every sentence here is
made up for the test: people "sent by" a leader "to help" who "arrived in" a country are help
sent to that country: the sending's target is the state of the place of arrival, not the people
sent; a place of the sender's own state is no target."""

from __future__ import annotations

import pytest
from event_helpers import countries_of, event_on


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Some 200 soldiers sent by Rwanda's president to help secure the port of Pemba arrived "
         "in northern Mozambique on Monday, officials in Maputo said.", "RWA", "MOZ"),
        ("About 80 firefighters sent by the Chilean president to help put out forest fires "
         "arrived in southern Argentina on Friday, Argentine officials said.", "CHL", "ARG"),
    ],
)  # fmt: skip
def test_people_sent_by_a_leader_help_the_state_they_arrive_in(analyse, text, source, target):
    sent = event_on(analyse(text), "sent")
    assert countries_of(sent.source) == {source}
    assert target in countries_of(sent.target)


def test_people_sent_home_arriving_in_the_senders_state_name_no_target_there(analyse):
    # guard: arriving back in the sender's own state helps no other party
    text = ("About 80 firefighters sent by the Chilean president to help put out forest fires "
            "arrived back in Santiago on Friday, officials said.")  # fmt: skip
    sent = event_on(analyse(text), "sent")
    assert [a.text for a in sent.target] == ["firefighters"]
