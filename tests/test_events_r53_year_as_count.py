"""Issue 9, stop 73 (fuse52): a sentence opened by "In <year>" with no comma, where the parser
reads the year as a count of the people who follow ("In 2041 farmers also ...": "2041 farmers",
the object of "In"), still dates the act by that year (`dates._year_counting_the_stolen_subject`).
Before, such a retold act of years ago took its report's date and joined the new act of its story
(fusion_own47 tune). Every sentence is made up for the test (made-up people, real places)."""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import token_named

from realpolitik.events.dates import resolve_date

PUBLISHED = date(2044, 3, 9)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("In 2041 dockers also occupied the port authority's offices in Varna.", "occupied"),
        ("In 2041 fishermen also blocked the harbour in Constanta.", "blocked"),
        ("In 2041 nurses also occupied the hospital's lobby in Vlore.", "occupied"),
    ],
)  # fmt: skip
def test_events_a_year_read_as_a_count_of_the_doers_still_dates_the_act(nlp, text, trigger):
    doc = nlp(text)
    token = token_named(doc, trigger)
    info = resolve_date(token.sent, token, PUBLISHED)
    assert (info.start, info.end, info.precision) == ("2041-01-01", "2041-12-31", "year")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the parser gave the people as the subject: read before, as before
        ("In 2041 students also blocked the main bridge in Craiova.", "blocked", "2041-01-01"),
        # a count of homes after "in", not opening the sentence: no year
        ("Power was cut in 2000 homes across Varna on Monday.", "cut", "2044-03-07"),
        # the comma: read before, as before
        ("In 2041, dockers also occupied the port authority's offices in Varna.", "occupied",
         "2041-01-01"),
        # a subject of its own: the count is of the object's people
        ("Police detained 40 of the strikers in 2041 protests.", "detained", "2044-03-09"),
    ],
)  # fmt: skip
def test_events_a_count_that_is_no_fronted_year_keeps_its_reading(nlp, text, trigger, expected):
    doc = nlp(text)
    token = token_named(doc, trigger)
    assert resolve_date(token.sent, token, PUBLISHED).start == expected
