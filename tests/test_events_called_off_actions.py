"""A protest action called off is no action only asked for: "called off a strike" keeps the strike
(not held) where round r25's rule for actions called for ("called for a boycott", no ACLED event)
had dropped it (`acled_acts._phrasal`; stop 45 review, from the polarity set own7's tune part).
Sentence written for the test."""

from __future__ import annotations

import pytest

from realpolitik.model import Document
from realpolitik.pipeline import analyse_documents

pytestmark = pytest.mark.slow


def test_a_strike_called_off_is_still_read_as_not_held(resources):
    text = "Taxi drivers called off a strike set for Friday after talks with the city council."
    analysis = analyse_documents([Document("t", "t", raw=text, text=text)], resources)[0]
    strikes = [e for e in analysis.event_mentions if e.trigger == "strike"]
    assert strikes and strikes[0].polarity != "asserted"
