"""A warning that the warner's own side would be moved ("that soldiers would be sent to the
frontier", "that its army would be put on alert") if someone acted is aimed at the subject of
the "if" clause, not at the forces moved (stop 64, args48: stop 63's leftover, a threat's "if"
clause party lost)."""

from __future__ import annotations

from event_helpers import countries_of, event_holding


def test_soldiers_sent_if_police_stop_lorries_warns_the_police(analyse):
    events = analyse(
        "Hungary's defence minister warned on Monday that soldiers would be sent to the frontier "
        "if Serbian police stopped Hungarian lorries again, a day after two drivers were held."
    )
    warning = event_holding(events, "warned")
    assert warning.plover_type == "THREATEN"
    assert "SRB" in countries_of(warning.target)


def test_army_put_on_alert_if_troops_advance_warns_the_troops(analyse):
    events = analyse(
        "Armenia warned on Friday that its army would be put on alert if Azerbaijani troops "
        "advanced further near Jermuk, officials said."
    )
    warning = event_holding(events, "warned")
    assert "AZE" in countries_of(warning.target)


def test_a_threatened_partys_people_stay_the_target(analyse):
    # guard: diplomats of the other state are whom the threat is aimed at
    events = analyse(
        "Croatia warned on Monday that Serbian diplomats would be expelled if Belgrade did not "
        "apologise for the remarks, officials said."
    )
    warning = event_holding(events, "warned")
    assert [m.text for m in warning.target] == ["Serbian diplomats"]
