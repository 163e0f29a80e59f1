"""Round r6 (issue 9): a protest told without a protest word (a strike, downed tools, people
gathering or filling the streets with a demand) votes for a peaceful protest, and the events on
its strike or gathering words carry it whatever their PLOVER type."""

from __future__ import annotations

import pytest
from event_helpers import first_sentence

from realpolitik.events.acled_typing import phrase_votes
from realpolitik.events.acled_unnamed_protest import reads_unnamed_protest

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Dock workers in Durban went on strike on Monday over a pay freeze.",
        "Thousands of bus drivers walked off the job to press for higher wages.",
        "Unions called a general strike for Thursday.",
        "Bakery workers downed tools on Friday, saying they had not been paid since March.",
        "Hundreds of farmers massed in front of parliament against the new land law.",
        "Pensioners packed the square outside the labour ministry demanding their arrears.",
    ],
)
def test_a_strike_or_a_gathering_with_a_demand_reads_as_a_protest(nlp, text):
    assert reads_unnamed_protest(first_sentence(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "A missile strike hit the port on Monday.",
        "Rescuers gathered at the collapsed building overnight.",
        "Fans filled the stadium to watch the final.",
        "Workers gathered outside the plant after police fired tear gas at them.",
        "Leaders of the bloc gathered in the capital to discuss trade.",
    ],
)
def test_an_air_strike_a_crowd_without_demand_or_force_used_does_not(nlp, text):
    assert not reads_unnamed_protest(first_sentence(nlp, text))


def test_the_unnamed_protest_votes_for_a_peaceful_protest(nlp):
    sent = first_sentence(nlp, "Dock workers in Durban went on strike on Monday over a pay freeze.")
    assert phrase_votes(sent).get("Peaceful protest", 0) > 0


def test_a_gathering_with_a_demand_is_typed_a_peaceful_protest(analyse):
    events = analyse(
        "Hundreds of cleaners gathered outside the town hall in Bulawayo on Monday, demanding "
        "four months of unpaid wages."
    )
    assert "Peaceful protest" in {e.acled_sub_event_type for e in events}
