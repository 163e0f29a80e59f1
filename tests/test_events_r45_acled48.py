"""Round r45 (issue 9, helper "acled48"): classes of phrasing from own46's tune misses. A
criminal band broken up or dismantled is police work on the crime pages, no protest broken up nor
arrests of note; a pin pulled and a thing thrown by hand is the grenade, whatever the thing is
called. Sentences written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.eval.case import snippet_type

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Police broke up a gang that had been stealing motorbikes in the capital and selling them "
        "at a border market, a spokesman said on Monday.",
        "Police said on Friday they had broken up a network that forged land titles, and six "
        "suspects were arrested.",
    ],
)
def test_a_criminal_band_broken_up_is_no_acled_event(analyse, text):
    assert snippet_type(analyse(text)) == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Police broke up a gathering of students outside the university's gate on Monday and "
        "detained ten of them.",
        "Riot police broke up a sit-in by nurses outside the health ministry on Tuesday.",
    ],
)
def test_a_gathering_or_sit_in_broken_up_stays_a_protest_with_intervention(analyse, text):
    assert snippet_type(analyse(text)) == "Protest with intervention"


@pytest.mark.parametrize(
    "text",
    [
        "A man drew the pin of a small bomb and tossed it over the fence of the police post, "
        "injuring two officers.",
        "Someone pulled the pin and threw a device into the tea shop, wounding four customers, "
        "witnesses said.",
    ],
)
def test_a_pin_pulled_and_a_thing_thrown_is_a_grenade(analyse, text):
    assert snippet_type(analyse(text)) == "Grenade"


def test_a_pin_pulled_from_no_explosive_stays_none(analyse):
    text = "Mechanics pulled the pin from the trailer hitch and threw it in the back of the truck."
    assert snippet_type(analyse(text)) == "none"
