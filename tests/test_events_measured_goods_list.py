"""Goods listed after a measure ("two boatloads of bottled water, rice and blankets"): the later
items of the list type the act and turn the receiver round, as a first listed good does (round
r39, plover57, from own82 tune: a measure's first item named no listed good, so the shipment
received read no event)."""

from __future__ import annotations

from event_helpers import pipeline_events, pipeline_top

from realpolitik.eval.plover import top_event


def test_goods_listed_after_a_measure_received_are_the_givers_aid(resources):
    for text, giver, receiver in [
        ("Tonga received three boatloads of bottled water, rice and blankets from Australia on "
         "Monday, officials said.", "AUS", "TON"),
        ("Kiribati received two shiploads of cement, timber and tents from New Zealand, officials "
         "said.", "NZL", "KIR"),
    ]:  # fmt: skip
        top = pipeline_top(text, resources)
        assert top.plover_type == "AID", text
        assert {a.country for a in top.source} == {giver}, text
        assert {a.country for a in top.target} == {receiver}, text


def test_people_listed_after_a_measure_received_stay_no_aid(resources):
    # the guard: a list of people, none of them goods, is no delivery
    text = ("Tonga received three boatloads of tourists, sailors and fishermen from Australia on "
            "Monday, officials said.")  # fmt: skip
    top = top_event(pipeline_events(text, resources))
    assert top is None or top.plover_type != "AID"
