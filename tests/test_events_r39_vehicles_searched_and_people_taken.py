"""Round r39 (reader43), a class read from reader_own38 tune misses; every sentence here is made
up for the test: a force searching a land vehicle (a lorry, a truck, a van, a bus), or "it" for a
vehicle or vessel named earlier in the sentence, is force short of a seizure (COERCE 170), as a
vessel searched is (stop 58); and a force taking drivers, traders or engineers "to" a place moves
them into custody (COERCE), as it does a boat's crew (stop 57). The doer is read up a chain of
joined verbs ("stopped the lorry, searched it and took the drivers to ..."). A search by others
(mechanics) or of a house stays as read, and people taken to hospital are a rescue."""

from __future__ import annotations

import pytest
from event_helpers import event_on


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Border guards stopped the Malian lorry, searched it and took the two drivers to Kayes.", "searched"),
        ("Border guards stopped the Malian lorry, searched it and took the two drivers to Kayes.", "took"),
        ("Ugandan soldiers searched three Kenyan trucks at the Busia crossing on Monday.", "searched"),
        ("Police officers took the four Nepali traders to Dharchula after the market closed.", "took"),
    ],
)
def test_a_force_searching_a_vehicle_or_taking_people_away_is_coercion(analyse, text, verb):
    assert event_on(analyse(text), verb).plover_type == "COERCE"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The mechanics searched the lorry for the fault before it left Kayes.", "searched"),
        ("Soldiers took the injured drivers to hospital in Kayes.", "took"),
    ],
)
def test_a_search_by_others_or_people_taken_to_care_is_no_coercion(analyse, text, verb):
    events = [e for e in analyse(text) if e.trigger.startswith(verb)]
    assert all(e.plover_type != "COERCE" for e in events)
