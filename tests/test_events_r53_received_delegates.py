"""Issue 9, stop 73 (fuse52): receiving the people a group sends to speak for it ("received the
dockers' delegates", "received representatives of the nurses", "received a deputation of
farmers") is hosting their visit, CONSULT, as "received a delegation" was (own_triggers.tsv,
`receive` patterns). Before, such a sentence gave no event (fusion_own47 tune). Every sentence
is made up for the test (made-up people, real places)."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events


@pytest.mark.parametrize(
    "text",
    [
        "The transport minister on Friday received the dockers' delegates in Constanta.",
        "The governor received representatives of the striking nurses in Vlore on Monday.",
        "The mayor of Ruse received a deputation of vegetable growers on Thursday.",
    ],
)  # fmt: skip
def test_events_receiving_a_groups_delegates_is_consultation(resources, text):
    events = pipeline_events(text, resources)
    received = [e for e in events if e.trigger.startswith("received")]
    assert [e.plover_type for e in received] == ["CONSULT"], [
        (e.trigger, e.plover_type) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a delegation received: hosting, as before
        ("The transport minister on Friday received a delegation of dockers in Constanta.",
         "CONSULT"),
        # a thing received from someone: no hosting
        ("The port received a shipment of grain from Odesa on Friday.", "AID"),
    ],
)  # fmt: skip
def test_events_other_objects_of_receiving_keep_their_reading(resources, text, kind):
    events = pipeline_events(text, resources)
    received = [e for e in events if e.trigger.startswith("received")]
    assert [e.plover_type for e in received] == [kind]
