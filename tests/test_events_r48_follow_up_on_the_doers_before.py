"""Round r48 (fuse47): a done act on the doers of the sentence before, told with no date words,
takes that sentence's one day (`dates._day_of_the_doers_pointed_back_to`): its object points
back ("them", "the attackers", "three of the raiders", or the sentence before's own subject
noun). Before, such a follow-up under a later report took the report's date (fusion_own42 and
own41 tune). Stop 66's wider form (any done act after a sentence naming one day) was dropped;
the guards keep the document's date where the object names other people, for a reaction, and
where there is no object. Every sentence is made up for the test (made-up people, real places)."""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import token_named

from realpolitik.events.dates import resolve_date

PUBLISHED = date(2026, 5, 13)  # a Wednesday


def _date_of(nlp, text: str, trigger: str):
    token = token_named(nlp(text), trigger)
    return resolve_date(token.sent, token, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Rebels raided an army post near Beni on Sunday, officials said. Troops chased the "
         "attackers into the forest.", "chased", date(2026, 5, 10)),
        ("Students occupied the rector's office in Goma on Monday. Police removed them with "
         "batons.", "removed", date(2026, 5, 11)),
        ("Herders stormed a cattle market near Mopti yesterday. Gendarmes arrested three of the "
         "raiders.", "arrested", date(2026, 5, 12)),
        ("Nurses picketed the ministry in Kisumu on Monday. Police dispersed the nurses with "
         "water cannon.", "dispersed", date(2026, 5, 11)),
    ],
)  # fmt: skip
def test_a_follow_up_on_the_doers_before_takes_their_day(nlp, text, trigger, expected):
    info = _date_of(nlp, text, trigger)
    assert (info.start, info.from_document) == (expected.isoformat(), False)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the object names other people
        ("Traders blocked a road in Kayes on Monday. Police arrested two journalists.", "arrested"),
        # a reaction may come days later
        ("Gunmen attacked a bus near Gao on Sunday. The army condemned the attackers.",
         "condemned"),
        # no object points back (stop 66's wider form carried this one)
        ("Miners blocked a road in Oruro on Monday. Police fired tear gas.", "fired"),
    ],
)  # fmt: skip
def test_other_people_a_reaction_or_no_object_keep_the_document_date(nlp, text, trigger):
    assert _date_of(nlp, text, trigger).from_document
