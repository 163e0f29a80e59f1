"""Round r39 (reader43), classes left from stop 58 (reader_own37 tune) and seen again in
reader_own38; every sentence here is made up for the test.

- A passive "had been told to do X" is an instruction laid on the one told (REQUEST, CAMEO 100),
  as the active "told Peru to withdraw" is: the passive subject is the addressee, a "by" phrase
  the teller. Told of a thing, or told that something happened, stays a report (no event).
- Paying a bond or bail is giving in to the party that demands it (CONCEDE, CAMEO 080), as paying
  a fine is, never aid (AID) to it.
"""

from __future__ import annotations

import pytest
from event_helpers import event_on


@pytest.mark.parametrize(
    "text",
    [
        "The Ghanaian sailors had been told to pay a bond of 2,000 dollars each.",
        "The Chilean crew was told by Peruvian officers to stop fishing in the disputed bay.",
        "Three Nepali traders were told to wait at the crossing until the inquiry ended.",
    ],
)
def test_a_party_told_to_act_is_under_a_demand(analyse, text):
    assert event_on(analyse(text), "told").plover_type == "REQUEST"


def test_the_one_told_is_the_target_and_the_teller_the_source(analyse):
    event = event_on(analyse("The Chilean crew was told by Peruvian officers to stop fishing in the disputed bay."), "told")
    assert any("Chilean" in a.text for a in event.target)
    assert any("Peruvian" in a.text for a in event.source)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan minister was told of the arrests on Monday evening.",
        "The reporters were told that the talks in Addis Ababa had failed.",
    ],
)
def test_told_of_a_thing_or_that_it_happened_is_no_demand(analyse, text):
    assert all(not (e.trigger.startswith("told") and e.plover_type == "REQUEST") for e in analyse(text))


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
