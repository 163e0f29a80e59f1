"""Classes of phrasing of the typing leftovers round (round r12b), on sentences written for the
test (not the tune sentences that prompted them): a demand told in a subjunctive "that" clause
("insisted that the government stop ...") is a request, and so is one telling an addressee what
the speaker's side wants of it ("told his counterpart that Cairo wanted a deal"); a verb of giving time with a span and an
act of leaving, giving up or stopping ("gave the troops a month to leave") is an ultimatum."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

from realpolitik.eval.plover import top_event


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        # demands in a subjunctive "that" clause
        ("The bishops insisted that the army halt the evictions in the valley.", "REQUEST"),
        ("Teachers' unions demanded that the cabinet reverse the pay freeze.", "REQUEST"),
        ("The envoy urged that both sides return to the table before the rains.", "REQUEST"),
        # what the speaker's side wants of an addressee, told to it
        ("Serbia's prime minister told the visiting EU envoy that Belgrade wanted firm guarantees "
         "for the Serb minority.", "REQUEST"),
        ("The Kenyan president told his Somali counterpart that Nairobi expected an apology.",
         "REQUEST"),
        # ultimatums
        ("The council gave the foreign contractors ten days to leave the mine.", "THREATEN"),
        ("Tribal elders gave the militia a week to hand over the suspects.", "THREATEN"),
    ],
)  # fmt: skip
def test_events_typing_r12b_main_event_type(resources, text, plover_type):
    top = top_event(pipeline_events(text, resources))
    assert top is not None and top.plover_type == plover_type, text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # an indicative "that" clause only reports
        "The governor insisted that the roads were safe again.",
        "The exporters insisted that they are owed compensation.",
        # a want told to no party, or of no undertaking, lays no demand
        "The spokesman told reporters that the party wanted more seats in the cabinet.",
        "The minister said that Cairo wanted a deal on the dam.",
    ],
)
def test_events_typing_r12b_a_claim_or_a_want_of_no_party_is_no_request(resources, text):
    assert not any(e.plover_type == "REQUEST" for e in pipeline_events(text, resources))


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # time given for any other act is a grace period, not an ultimatum
        "The lenders gave the utility a month to publish its accounts.",
        "She was given ten days to appeal the ruling.",
    ],
)
def test_events_typing_r12b_a_grace_period_is_no_ultimatum(resources, text):
    assert not any(e.plover_type == "THREATEN" for e in pipeline_events(text, resources))
