"""Classes the reader_own33 tune articles (Burundi and Rwanda after a raid across the Rusizi and
the Ruhwa crossing shut) and the round's leftovers showed (issue 9, round r34, reader38): a border
post closed, or a crossing that closes with no closer named, is a sanction, as "closed the border"
is; a visit put off by a phrasal verb is still planned, not held; a local branch of a body acts
for the body; an answer promised to any attack is a threat; a force chasing people or canoes
coerces them; a vessel another party keeps is held. Every text here was written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Kenya kept the Namanga post closed for a third day, saying the search was not over.",
        "Uganda closed the Busia post and its market to Kenyan traders on Friday.",
    ],
)
def test_a_border_post_closed_is_a_sanction(analyse, text):
    assert event_on(analyse(text), "closed").plover_type == "SANCTION"


@pytest.mark.parametrize(
    "text",
    [
        "Lorries queued for miles after the border crossing closed on Monday.",
        "Hundreds of traders were stranded when the frontier closed without warning.",
    ],
)
def test_a_crossing_that_closes_is_a_sanction(analyse, text):
    assert event_on(analyse(text), "closed").plover_type == "SANCTION"


def test_polls_that_close_are_no_sanction(analyse):
    events = analyse("Polls closed at six and counting began at once.")
    assert not [e for e in events if e.plover_type == "SANCTION"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The minister's visit to Juba was put off after the airport closed.", "visit"),
        ("Her trip to Addis Ababa has been pushed back to March, an aide said.", "trip"),
    ],
)
def test_a_visit_put_off_by_a_phrasal_verb_is_not_asserted(analyse, text, word):
    assert event_on(analyse(text), word).polarity != "asserted"


def test_a_visit_that_went_ahead_stays_asserted(analyse):
    event = event_on(analyse("The minister's visit to Juba went ahead on Friday."), "visit")
    assert event.polarity == "asserted"


@pytest.mark.parametrize(
    ("text", "word", "body"),
    [
        ("The Bukavu branch of Caritas gave food to displaced families on Monday.", "gave", "Caritas"),
        ("The Bunia chapter of the Catholic Church condemned the killings.", "condemned", "Church"),
    ],
)
def test_a_local_branch_of_a_body_acts_for_the_body(analyse, text, word, body):
    event = event_on(analyse(text), word)
    assert [m.text for m in event.source] and all(body in m.text for m in event.source)


def test_a_part_of_a_place_still_stands_for_the_place(analyse):
    event = event_on(analyse("Rebels shelled the outskirts of Goma overnight."), "shelled")
    assert any("Goma" in m.text for m in event.target)


@pytest.mark.parametrize(
    "text",
    [
        "Ankara said its forces would respond to any provocation on the border.",
        "The general added that his troops would respond to any attack.",
    ],
)
def test_an_answer_promised_to_any_attack_is_a_threat(analyse, text):
    events = analyse(text)
    assert [e for e in events if e.plover_type == "THREATEN" and e.polarity == "asserted"]


def test_an_answer_to_a_letter_is_no_threat(analyse):
    events = analyse("The minister said Kenya would respond to the letter next week.")
    assert not [e for e in events if e.plover_type == "THREATEN"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Villagers said soldiers kept chasing herders off the pasture.", "chasing"),
        ("Residents say Eritrean speedboats chase their canoes almost every night.", "chase"),
    ],
)
def test_a_force_chasing_people_coerces_them(analyse, text, word):
    assert event_on(analyse(text), word).plover_type == "COERCE"


def test_demonstrators_chased_out_of_a_park_are_still_expelled(analyse):
    event = event_on(analyse("Police chased the demonstrators out of the park."), "chased")
    assert (event.plover_type, event.plover_mode) == ("COERCE", "deport")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Nigeria has kept the tanker, saying it is evidence in a smuggling case.", "kept"),
        ("The coast guard kept the two trawlers for a month after fining their owners.", "kept"),
    ],
)
def test_a_vessel_kept_by_another_party_is_held(analyse, text, word):
    assert event_on(analyse(text), word).plover_type == "COERCE"


def test_a_party_keeping_its_own_boats_in_port_holds_no_vessel(analyse):
    events = analyse("Greece kept its fishing boats in port during the storm.")
    assert not [e for e in events if e.plover_type == "COERCE"]

