"""Round r52 (issue 9, stop 72, helper "acled55"): classes of phrasing from own53's tune misses.
A protest named only as what a picture or film shows is no protest under way where an arrest
is. Sentences written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.eval.case import snippet_type

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Police in Mombasa arrested a blogger on Tuesday after she shared a video of a protest "
        "against water cuts, her lawyer said.",
        "Security officers detained a student in Gwalior on Friday after he posted photos of a "
        "march by sacked workers, his family said.",
        "Officers detained a cameraman in Cusco on Monday after he filmed footage of a rally "
        "outside the prefecture, colleagues said.",
    ],
)
def test_events_arrest_over_pictures_of_a_protest_is_arrests(analyse, text):
    assert snippet_type(analyse(text)) == "Arrests"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Police arrested twelve protesters at a rally outside the parliament in Tbilisi on "
            "Thursday, organisers said.",
            "Protest with intervention",
        ),
        (
            "Police detained thirty demonstrators during a march through the centre of Dhaka on "
            "Sunday, witnesses said.",
            "Protest with intervention",
        ),
        (
            "Police in Lusaka arrested a journalist on Wednesday after he posted footage of a "
            "police raid, a press group said.",
            "Arrests",
        ),
    ],
)
def test_events_arrest_at_a_protest_under_way_keeps_its_reading(analyse, text, label):
    assert snippet_type(analyse(text)) == label
