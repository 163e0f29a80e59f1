"""Classes the reader_own22 tune articles lacked (issue 9, round r23, reader27): an act announced
with "be to" ("the men are to stand trial") is planned, not done; a call or plea named with what
it asks ("a government call to stay", "calls for restraint") is a request; forces that move
towards a border are readied there. Every text here was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The minister is to visit Cairo next week.", "visit"),
        ("The two army chiefs are to meet in Nairobi on Friday.", "meet"),
        ("The remaining prisoners are to be released on Monday, the ministry said.", "released"),
    ],
)
def test_an_act_told_with_be_to_is_planned_not_done(analyse, text, word):
    assert event_on(analyse(text), word).polarity != "asserted"


def test_an_act_after_be_with_an_adjective_keeps_its_own_reading(analyse):
    # "was able to" is no "be to" plan: the ability frame reads it
    assert (
        event_on(analyse("The general was able to visit the troops."), "visit").polarity
        == "asserted"
    )


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The villagers ignored an army call to leave the valley.", "call"),
        ("Calls for restraint grew louder on Monday.", "Calls"),
        ("The rebels ignored a UN plea to release the hostages.", "plea"),
    ],
)
def test_a_call_or_plea_with_what_it_asks_is_a_request(analyse, text, word):
    assert event_on(analyse(text), word).plover_type == "REQUEST"


@pytest.mark.parametrize(
    "text",
    [
        "The president made a phone call to discuss the crisis.",
        "He entered a guilty plea on Monday.",
        "She took a call from the minister.",
    ],
)
def test_a_phone_call_or_a_court_plea_is_no_request(analyse, text):
    assert not [e for e in analyse(text) if e.plover_type == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan troops moved towards the border overnight.",
        "Three army units moved to the frontier on Sunday.",
    ],
)
def test_forces_moving_towards_a_border_are_mobilised(analyse, text):
    assert event_on(analyse(text), "moved").plover_type == "MOBILIZE"


def test_people_moving_towards_a_border_are_not_forces(analyse):
    assert not [
        e for e in analyse("The refugees moved towards the border.") if e.plover_type == "MOBILIZE"
    ]


def test_a_year_after_a_unit_word_dates_the_act(analyse):
    # "fiscal year 2019": the year is no count of years (the brief's leftover class)
    signed = event_on(
        analyse("Kenya signed the grain deal with Uganda in fiscal year 2019."), "signed"
    )
    assert signed.date is not None and signed.date.start == "2019-01-01"


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("the week of March 12", False),
        ("fiscal year 2024", False),
        ("12 months", True),
        ("2 weeks in March", True),
        ("three years", True),
    ],
)
def test_only_a_count_of_units_makes_a_date_phrase_a_length(text, length):
    from realpolitik.events.dates import _is_length_or_age, lexicon

    assert _is_length_or_age(text, lexicon()) is length


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [("the 1990s", 1990, 1999), ("the early 1990s", 1990, 1993), ("late 1980s", 1986, 1989)],
)
def test_one_reader_reads_whole_decades_and_their_parts(text, first, last):
    from realpolitik.events.dates import resolve_text

    start, end, precision = resolve_text(text, None)
    assert (start.year, end.year, precision) == (first, last, "year")
