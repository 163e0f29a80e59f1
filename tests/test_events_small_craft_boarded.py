"""Small craft boarded or stopped by a force are vessels held as a trawler is: "navy sailors
boarded a pirogue carrying migrants", "coast guards stopped two canoes" read no act (stop 65,
args49: own95 tune, a force boarding a small craft)."""

from __future__ import annotations

from event_helpers import event_holding


def test_sailors_boarding_a_pirogue_hold_it(analyse):
    events = analyse(
        "Sailors of the Gabonese navy boarded a pirogue carrying thirty migrants off Port-Gentil "
        "on Thursday and escorted it to the harbour, a navy officer said."
    )
    assert event_holding(events, "boarded").plover_type == "COERCE"


def test_coast_guards_boarding_two_canoes_hold_them(analyse):
    events = analyse(
        "Mauritanian coast guards boarded two Senegalese fishing canoes near Nouadhibou on "
        "Saturday, the fisheries ministry said."
    )
    assert event_holding(events, "boarded").plover_type == "COERCE"


def test_migrants_boarding_a_pirogue_is_no_act(analyse):
    # guard: passengers board a pirogue too; without a force for doer it is no act
    events = analyse("Thirty migrants boarded a pirogue at Nouadhibou on Friday night.")
    assert not any("boarded" in e.trigger for e in events)
