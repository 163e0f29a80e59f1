"""An act noun received ("received a phone call from X", "received a formal protest from X") is
undergone as one faced is: X acts and the receiver is the target, which such acts lacked (stop
57 lead, probes of our own; these sentences are others)."""

from __future__ import annotations

import pytest
from event_helpers import event_on, events_with_actors

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    ("text", "trigger", "actors", "source", "target"),
    [
        ("Uruguay's president received a phone call from his Paraguayan counterpart on Sunday.",
         "call", (("Uruguay's president", "URY", "GOV"), ("Paraguayan counterpart", "PRY", "GOV")),
         "Paraguayan counterpart", "Uruguay's president"),
        ("Kuwait received a strong protest from Iraq over the shooting of two herders.",
         "protest", (("Kuwait", "KWT", None), ("Iraq", "IRQ", None)), "Iraq", "Kuwait"),
    ],
)  # fmt: skip
def test_an_act_noun_received_from_x_is_x_s_act_on_the_receiver(
    nlp, text, trigger, actors, source, target
):
    event = event_on(events_with_actors(nlp, text, *actors), trigger)
    assert [m.text for m in event.source] == [source]
    assert [m.text for m in event.target] == [target]


def test_a_delegation_received_keeps_the_host_as_the_doer(nlp):
    # guard: a verb typed by what it receives ("received a delegation") is a hosting
    text = "Oman's sultan received a delegation from Yemen's Houthis in Muscat on Monday."
    events = events_with_actors(
        nlp, text, ("Oman's sultan", "OMN", "GOV"), ("Houthis", "YEM", "REB")
    )
    assert [m.text for m in event_on(events, "received").source] == ["Oman's sultan"]
