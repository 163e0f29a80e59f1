"""A Commonwealth state's envoy is its "high commissioner" (round r42, args46: own89 tune, an
envoy "called in ... over the seizure of a ferry" read CONSULT with no target): summoned or
called in, the high commissioner is an envoy as an ambassador is (an official complaint, ACCUSE,
at the state he stands for), while a commissioner of police or of a district stays no envoy."""

from __future__ import annotations

from event_helpers import countries_of, event_holding


def test_a_high_commissioner_called_in_is_a_complaint_at_his_state(analyse):
    events = analyse(
        "Kenya called in Uganda's high commissioner in Nairobi on Thursday over the shooting of "
        "two Kenyan fishermen on Lake Victoria, officials said."
    )
    called = event_holding(events, "called")
    assert called.plover_type == "ACCUSE"
    assert countries_of(called.source) == {"KEN"}
    assert "UGA" in countries_of(called.target)


def test_a_high_commissioner_summoned_is_a_complaint(analyse):
    events = analyse(
        "Botswana summoned the Zimbabwean high commissioner in Gaborone on Tuesday over the arrest "
        "of three truck drivers at the Plumtree border post."
    )
    summoned = event_holding(events, "summoned")
    assert summoned.plover_type == "ACCUSE"
    assert "ZWE" in countries_of(summoned.target)


def test_a_police_commissioner_summoned_is_no_envoy(analyse):
    # guard: only the "high" commissioner is an envoy; a police chief called before a committee
    # is no diplomatic complaint
    events = analyse(
        "The parliamentary committee summoned the police commissioner on Tuesday to explain the "
        "deaths of two protesters in Nakuru."
    )
    assert all(e.plover_type != "ACCUSE" for e in events if "summoned" in e.trigger)
