"""Round r40 (reader44), a class left from stop 59 and met again in reader_own39 tune; every
sentence here is made up for the test: people a participle of "hold" describes ("the men held in
Kayes", "two sailors held in Tema port") are held in custody, a detention (COERCE) with them as
its target, as "were held" already reads through the "hold @person" row. Things held (talks, a
summit, elections) stay as read, and the sentence's main act stays its main event."""

from __future__ import annotations

import pytest
from event_helpers import event_on, pipeline_top


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("The men held in Kayes will appear before a judge.", "men"),
        ("Ghana freed two sailors held in Tema port on Sunday.", "sailors"),
        ("The engineers held by Togolese police since Monday were freed.", "engineers"),
    ],
)
def test_people_described_as_held_are_detained(analyse, text, held):
    event = event_on(analyse(text), "held")
    assert event.plover_type == "COERCE" and event.polarity == "asserted"
    assert held in [a.text for a in event.target]


@pytest.mark.parametrize(
    "text",
    [
        "The talks held in Lome ended without a deal.",
        "The elections held in March were disputed by the opposition.",
    ],
)
def test_things_held_are_no_detention(analyse, text):
    assert all(e.plover_type != "COERCE" for e in analyse(text))


def test_the_main_act_stays_the_top_event(resources):
    assert pipeline_top("Togo released the three journalists held since May.", resources).plover_type == "RETREAT"
