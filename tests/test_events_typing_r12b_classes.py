"""Classes of phrasing of the typing leftovers round (round r12b), on sentences written for the
test (not the tune sentences that prompted them): a verb of saying whose "that" clause tells an
addressee what the speaker's side wants of it ("told his counterpart that Cairo wanted a deal")
is a request; a warning whose "that" clause tells the warner's own future act is a threat, and a
topic that "dominated" or "overshadowed" a meeting is no assault."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

from realpolitik.eval.plover import top_event


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        # what the speaker's side wants of an addressee, told to it
        ("Serbia's prime minister told the visiting EU envoy that Belgrade wanted firm guarantees "
         "for the Serb minority.", "REQUEST"),
        ("The Kenyan president told his Somali counterpart that Nairobi expected an apology.",
         "REQUEST"),
        # a warning of the warner's own act, prevailing over a meeting
        ("A warning from Minsk that it would treat foreign drones over its border as hostile "
         "dominated Monday's meeting of EU foreign ministers.", "THREATEN"),
    ],
)  # fmt: skip
def test_events_typing_r12b_main_event_type(resources, text, plover_type):
    top = top_event(pipeline_events(text, resources))
    assert top is not None and top.plover_type == plover_type, text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # a want told to no party, or of no undertaking, lays no demand
        "The spokesman told reporters that the party wanted more seats in the cabinet.",
        "The minister said that Cairo wanted a deal on the dam.",
    ],
)
def test_events_typing_r12b_a_want_of_no_party_is_no_request(resources, text):
    assert not any(e.plover_type == "REQUEST" for e in pipeline_events(text, resources))


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # a forecast is no threat, and a topic prevailing over a meeting no assault
        "A warning that prices would rise again overshadowed the budget debate.",
        "A row over fishing quotas dominated the summit in Reykjavik.",
    ],
)
def test_events_typing_r12b_a_forecast_or_a_dominant_topic_is_no_hostile_act(resources, text):
    assert not any(
        e.plover_type in {"THREATEN", "ASSAULT"} for e in pipeline_events(text, resources)
    )
