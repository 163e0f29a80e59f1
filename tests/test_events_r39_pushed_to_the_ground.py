"""Round r39 (reader43), a class left from stop 58 (reader_own37 tune) and seen again in
reader_own38; every sentence here is made up for the test: a person pushed, thrown or knocked "to
the ground" (the floor, the deck, the pavement, the tarmac) is a physical assault (ASSAULT, CAMEO
182) by the one who pushed, where "push" fell back to its appeal row ("push for talks", REQUEST).
Pushing an issue or a plan somewhere ("pushed the bill to a vote") stays as read."""

from __future__ import annotations

import pytest
from event_helpers import event_on


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("One of the protesters was pushed to the pavement by a police officer, the organisers said.", "pushed"),
        ("An Albanian guard pushed the Greek photographer to the ground near the crossing.", "pushed"),
        ("The Chilean captain was thrown to the deck by two Argentine sailors.", "thrown"),
        ("A soldier knocked the elderly farmer to the floor during the search.", "knocked"),
    ],
)
def test_a_person_pushed_to_the_ground_is_an_assault(analyse, text, verb):
    assert event_on(analyse(text), verb).plover_type == "ASSAULT"


def test_the_one_who_pushed_is_the_source(analyse):
    event = event_on(analyse("The Peruvian reporter was pushed to the ground by a Bolivian officer."), "pushed")
    assert any("Bolivian" in a.text for a in event.source)


def test_a_bill_pushed_to_a_vote_is_no_assault(analyse):
    events = analyse("The ruling party pushed the budget bill to a vote in the Kenyan parliament.")
    assert all(e.plover_type != "ASSAULT" for e in events)
