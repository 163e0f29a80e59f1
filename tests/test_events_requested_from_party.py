"""A request's "from X" names the party asked (round r41, args45: own87 tune, "help ... was
requested from Kingston ... by the Haitian prime minister" had no target): for verbs of asking
(`asked_from_verbs`) the "from" phrase on the verb is whom the request is made of, active or
passive, as "withdrew its troops from Chad" names the party acted on for verbs of removal."""

from __future__ import annotations

from event_helpers import countries_of, event_holding


def test_help_requested_from_a_state_makes_that_state_the_target(analyse):
    events = analyse(
        "Nepal requested two helicopters from India on Monday to reach flooded villages."
    )
    requested = event_holding(events, "requested")
    assert requested.plover_type == "REQUEST"
    assert countries_of(requested.source) == {"NPL"}
    assert "IND" in countries_of(requested.target)


def test_help_requested_in_the_passive_from_a_capital_targets_its_state(analyse):
    events = analyse(
        "Help in rebuilding three bridges was requested from Nairobi on Monday by the Ugandan "
        "transport minister, officials said."
    )
    requested = event_holding(events, "requested")
    assert "UGA" in countries_of(requested.source)
    assert "KEN" in countries_of(requested.target)


def test_goods_received_from_a_state_are_no_request(analyse):
    # guard: "from X" on a verb of getting stays the giver (the source), not a target
    events = analyse("Nepal received two helicopters from India on Monday.")
    received = event_holding(events, "received")
    assert "NPL" not in countries_of(received.source)
