"""Round r38 (reader42), a class read from a reader_own37 tune miss; every sentence here is made
up for the test: people or a boat named wrongdoers of the sea or the border ("called the fishermen
poachers", "termed the crew smugglers") or captives ("called the sailors hostages", naming their
holder a hostage-taker) is a criticism (ACCUSE, CAMEO 111) by the namer, where "called" read a
phone call or nothing. A complement that praises ("called the fishermen heroes") stays no
criticism."""

from __future__ import annotations

import pytest
from event_helpers import event_on


@pytest.mark.parametrize(
    "text",
    [
        "Ministry officials in Rabat called the detained Spanish fishermen poachers.",
        "Madrid called the two seized sailors hostages on Tuesday.",
        "The Tunisian interior ministry termed the Italian crew smugglers.",
    ],
)
def test_people_named_poachers_smugglers_or_hostages_is_a_criticism(analyse, text):
    verb = "termed" if "termed" in text else "called"
    assert event_on(analyse(text), verb).plover_type == "ACCUSE"


def test_people_named_heroes_is_no_criticism(analyse):
    events = [e for e in analyse("The Greek minister called the fishermen heroes.") if e.trigger.startswith("called")]
    assert all(e.plover_type != "ACCUSE" for e in events)
