"""Round r38 (args42), a class read from an own81 tune miss; every sentence here is made up for
the test: people carried to a place of care ("flew six wounded soldiers to a hospital", "had
flown nine injured climbers to a hospital") were rescued, relief work (AID), not visited: the
"fly to" row read a visit (CONSULT) by the fliers."""

from __future__ import annotations

from event_helpers import event_on


def test_injured_climbers_flown_to_a_hospital_are_aid(analyse):
    text = ("Peru's army said two of its helicopters had flown nine injured Bolivian climbers to "
            "a hospital in Cusco on Sunday.")  # fmt: skip
    flight = event_on(analyse(text), "flown")
    assert flight.plover_type == "AID"


def test_wounded_soldiers_flown_to_a_hospital_are_aid(analyse):
    text = ("A Kenyan air force plane flew six wounded Somali soldiers to a hospital in Nairobi on "
            "Tuesday, officials said.")  # fmt: skip
    flight = event_on(analyse(text), "flew")
    assert flight.plover_type == "AID"
    assert {a.country for a in flight.target} == {"SOM"}


def test_a_minister_who_flies_to_a_capital_for_talks_still_visits(analyse):
    # guard: no one carried, no place of care
    text = ("The Chilean foreign minister flew to Lima on Monday for talks with Peru's president, "
            "officials said.")  # fmt: skip
    assert event_on(analyse(text), "flew").plover_type == "CONSULT"
