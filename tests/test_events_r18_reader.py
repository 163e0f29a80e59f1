"""Classes the reader_own17 tune articles lacked (issue 9, round r18, reader22): "officers" alone
are the police the report has named, and officers "of" a body are that body's people; a measure
said to stay or remain in place or in force is in force now; the act that a "will"/"would" verb of
asking wants of another party keeps its own type. Every text here was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


def _sources(mention) -> list[str]:
    return [a.text for a in mention.source]


@pytest.mark.parametrize(
    ("text", "verb", "source"),
    [
        ("Officers detained six fishermen at the jetty on Friday.", "detained", "Officers"),
        ("The inspector said officers had confiscated three rifles.", "confiscated", "officers"),
        ("Riot officers have told the marchers to leave the bridge.", "told", "officers"),
    ],
)  # fmt: skip
def test_officers_alone_are_a_party_of_the_police(analyse, text, verb, source):
    mention = event_on(analyse(text), verb)
    assert _sources(mention) == [source]
    assert mention.source[0].sector == "COP"


def test_an_officer_of_an_office_that_holds_no_force_keeps_its_sector(analyse):
    text = "The returning officer rejected the petition of the losing candidate."
    assert [a.sector for a in event_on(analyse(text), "rejected").source] == ["GOV"]


def test_officers_of_a_body_are_that_bodys_people(analyse):
    text = "The governor was arrested on Monday by officers of the state prosecutor's office."
    assert [a.sector for a in event_on(analyse(text), "arrested").source] == ["JUD"]


def test_officers_of_an_army_are_no_police(analyse):
    mention = event_on(analyse("Army officers seized the radio station in the capital."), "seized")
    assert "COP" not in [a.sector for a in mention.source]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The mayor said the night curfew would stay in place until the elections.", "curfew"),
        ("The ministry said the export ban will remain in force until March.", "ban"),
        ("The blockade could remain in place for weeks, the union said.", "blockade"),
    ],
)  # fmt: skip
def test_a_measure_said_to_stay_in_force_is_in_force(analyse, text, noun):
    assert event_on(analyse(text), noun).polarity == "asserted"


def test_no_measure_said_to_stay_in_force_stays_negated(analyse):
    text = "The governor said no curfew would remain in place after Friday."
    assert event_on(analyse(text), "curfew").polarity == "negated"


@pytest.mark.parametrize(
    ("text", "verb", "own_type"),
    [
        ("The council said it would ask the Red Cross to send medics to the camp.", "send", "AID"),
        ("The minister said she would urge the strikers to lift their blockade.", "lift", "RETREAT"),
    ],
)  # fmt: skip
def test_an_act_a_future_request_asks_of_another_keeps_its_own_type(analyse, text, verb, own_type):
    mention = event_on(analyse(text), verb)
    assert mention.plover_type == own_type
    assert mention.polarity != "asserted"


def test_a_cooperative_act_the_teller_will_do_is_still_a_promise(analyse):
    mention = event_on(analyse("The council said it would send medics to the camp."), "said")
    assert mention.plover_type == "AGREE"
