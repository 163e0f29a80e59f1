"""Round r52 (issue 9, stop 72, helper "acled55"): classes of phrasing from own53's tune misses.
A protest named only as what a picture or film shows is no protest under way where an arrest
is; someone who spent a night or some days in a cell or in custody was arrested. Sentences
written for these tests."""

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


@pytest.mark.parametrize(
    "text",
    [
        "A farmer in Mbale spent three days in detention before being freed without charge, "
        "relatives said.",
        "An opposition activist in Kara spent Sunday night in a cell after men in plain clothes "
        "came to her house, her husband said.",
        "A union secretary in Ndola spent two days behind bars after a quarrel with the mine's "
        "managers, colleagues said.",
        "A pastor in Gulu spent the weekend in a cell for preaching against the governor, his "
        "church said.",
        "A teacher in Tamale spent a night in custody after she criticised the district chief on "
        "the radio, her school said.",
    ],
)
def test_events_a_night_or_days_spent_in_a_cell_is_arrests(analyse, text):
    assert snippet_type(analyse(text)) == "Arrests"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "The former rebel commander, who spent twelve years in prison, was elected mayor of "
            "the town on Sunday.",
            "none",
        ),
        (
            "Doctors spent the night in the hospital in Nakuru after a bus crash on the highway, "
            "the county said.",
            "none",
        ),
        (
            "Two marchers spent the night in custody after a rally outside the parliament in "
            "Lilongwe on Monday, organisers said.",
            "Protest with intervention",
        ),
    ],
)
def test_events_a_term_served_or_a_stay_elsewhere_keeps_its_reading(analyse, text, label):
    assert snippet_type(analyse(text)) == label
