"""Trigger classes the reader_own7 tune articles lacked (issue 9, round r8; own_triggers.tsv, the
reader7 block): opening a meeting is holding it, reopening an air link or flights eases a
restriction, opening camps for the displaced is aid, opening a corridor or a crossing eases a
restriction, sending a team of observers or monitors is aid, rebuilding a built thing for others is aid, carrying messages between parties is
mediation, answering "with force" is the use of force, walking out is a protest. Every text here was written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "word", "plover_type"),
    [
        ("The Lakeland president opened the session with a call for calm.", "opened", "CONSULT"),
        ("The host minister opens the conference on river water this morning.", "opens", "CONSULT"),
        (
            "The two governments agreed to reopen the rail link between their capitals.",
            "reopen",
            "CONCEDE",
        ),
        ("The county opened three camps for the flood victims.", "opened", "AID"),
        (
            "The army opened a humanitarian corridor out of the besieged town on Monday.",
            "opened",
            "CONCEDE",
        ),
        ("The bloc sent a team of military observers to the border on Monday.", "sent", "AID"),
        ("The union dispatched monitors to the polling stations.", "dispatched", "AID"),
        ("Nurses walked out at three hospitals over unpaid wages.", "walked", "PROTEST"),
        ("The governor promised to rebuild the flooded school.", "rebuild", "AID"),
        ("The charity reconstructed the bridge that the rebels blew up.", "reconstructed", "AID"),
        (
            "A Norwegian diplomat is carrying messages between the rebels and the government.",
            "carrying",
            "CONSULT",
        ),
        (
            "The coastal state said it would react with force to any landing on the island.",
            "react",
            "ASSAULT",
        ),
    ],
)
def test_reader7_trigger_classes(analyse, text, word, plover_type):
    assert event_on(analyse(text), word).plover_type == plover_type


def test_rebuilding_without_a_built_object_is_no_aid(analyse):
    events = analyse("The navy is still rebuilding after the long war.")
    assert not [e for e in events if e.plover_type == "AID"]
