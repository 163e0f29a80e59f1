"""Who did it to whom, issue 9 item 1's thirteenth round, on sentences written for the test:
"hosted a round of talks between A and B" hosts the talks (an event noun under the object's
"of"), so an armed group among the talks' parties does not make the hosting AID."""

from __future__ import annotations

import pytest
from event_helpers import event_on, events_with_actors

pytestmark = pytest.mark.slow


def test_events_round13_hosting_a_round_of_talks_hosts_the_talks(nlp):
    text = "Kenya hosted a second round of talks between the Ethiopian government and the OLA."
    events = events_with_actors(nlp, text, ("Kenya", "KEN", "GOV"),
                                ("Ethiopian government", "ETH", "GOV"), ("OLA", "ETH", "REB"))
    assert event_on(events, "hosted").plover_type == "CONSULT"
