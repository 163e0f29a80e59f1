"""An official named by role alone who travels to, or visits, the state the sentence names, to
meet its officials, is not that state's: "The president flew to Ankara for talks with Turkish
officials" made the president Turkey's (lead, stop 67; probe sentences written as wire text,
these are others). A journey to a place alone, or to meet a state's force there, is as often at
home and keeps the sentence's country; so do police arriving somewhere."""

from __future__ import annotations

import pytest
from event_helpers import event_on as _on
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The prime minister travelled to Tashkent on Sunday for talks with Uzbek ministers on "
         "gas.", "travelled"),
        ("The defence minister arrived in Nouakchott on Thursday for talks with Mauritanian "
         "officials.", "arrived"),
        ("The foreign minister flew to Lima on Monday to meet Peruvian lawmakers.", "flew"),
    ],
)  # fmt: skip
def test_a_travelling_official_takes_no_country_from_the_hosts(resources, text, verb):
    e = _on(pipeline_events(text, resources), verb)
    assert [m.country for m in e.source] == [None]


def test_a_journey_to_meet_a_states_force_keeps_the_sentences_country(resources):
    text = "The president flew to Bunia on Friday to meet Congolese soldiers."
    e = _on(pipeline_events(text, resources), "flew")
    assert [m.country for m in e.source] == ["COD"]


def test_police_arriving_in_a_place_stay_its_police(resources):
    text = "Riot police arrived in Tbilisi's main square and detained twelve Georgian protesters."
    e = _on(pipeline_events(text, resources), "detained")
    assert [m.country for m in e.source] == ["GEO"]
