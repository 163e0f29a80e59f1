"""Round r39 (reader43), a class left from stop 58 (reader_own37 tune) and seen again in
reader_own38; every sentence here is made up for the test: paying a bond or bail is giving in to
the party that demands it (CONCEDE, CAMEO 080), as paying a fine is, never aid (AID) to it.
(A passive "had been told to pay a bond" read as a demand was tried and dropped: it lowered
PLOVER own36, own38 and own67 check figures; docs/events-plover.md, stop 59.)"""

from __future__ import annotations

import pytest
from event_helpers import event_on


@pytest.mark.parametrize(
    "text",
    [
        "The owner of the Togolese trawler paid the bond on Friday.",
        "Relatives paid bail for the two Ghanaian fishermen in Lome.",
    ],
)
def test_paying_a_bond_or_bail_is_giving_in_not_aid(analyse, text):
    event = event_on(analyse(text), "paid")
    assert event.plover_type == "CONCEDE"


def test_paying_for_a_school_stays_aid(analyse):
    assert event_on(analyse("The Turkish government paid for a new school in Mogadishu."), "paid").plover_type == "AID"
