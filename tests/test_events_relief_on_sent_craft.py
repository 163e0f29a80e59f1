"""Goods carried in the passive on a craft that a participle says someone sent (round r41,
args45: own87 tune and stop 60's leftover): "tents ... were flown into Lilongwe on three planes
sent by the government of Zambia" has no "by" agent of its own; whoever sent, chartered or ran
the craft (`_operator_of`) carried the goods, so the aid is theirs."""

from __future__ import annotations

from event_helpers import countries_of, event_holding


def test_relief_flown_on_planes_sent_by_a_government_is_that_governments_aid(analyse):
    events = analyse(
        "Blankets and tents for families made homeless by floods in northern Malawi were flown "
        "into Lilongwe on Monday on three planes sent by the government of Zambia, officials said."
    )
    flown = event_holding(events, "flown")
    assert flown.plover_type == "AID"
    assert "ZMB" in countries_of(flown.source)


def test_relief_flown_aboard_a_plane_sent_by_a_state_is_that_states_aid(analyse):
    events = analyse(
        "Rice and cooking oil for families displaced by storms in Fiji were flown to Suva aboard "
        "a cargo plane sent by the Australian government on Friday."
    )
    flown = event_holding(events, "flown")
    assert "AUS" in countries_of(flown.source)


def test_relief_flown_by_its_own_agent_keeps_that_agent_not_the_crafts_sender(analyse):
    # guard: the passive's own "by" agent carried the goods; the craft's sender stays out
    events = analyse(
        "Blankets for families in northern Malawi were flown into Lilongwe by the Malawian air "
        "force on Monday on three planes sent by the government of Zambia, officials said."
    )
    flown = event_holding(events, "flown")
    assert countries_of(flown.source) == {"MWI"}
