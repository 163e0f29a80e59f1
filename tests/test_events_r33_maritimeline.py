"""Classes the reader_own32 tune articles (Lebanon and Israel over a fishing boat seized near the
buoy line) and the round's leftovers showed (issue 9, round r33, reader37): a right reserved to act
"if ..." is a threat made, its condition the reserved act's; a reported clause's verb the tagger
read as a plural noun after a quote mark is a verb; a person "due in" a named place is a visit to
come; a craft circling over a place shows force, no assault; the pronoun under a relative clause
of saying ("the army, which said it had sent ...") is the noun the clause modifies; armed men
disarmed by another party are coerced, not retreating. Every text here was written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import countries_of, event_on

pytestmark = pytest.mark.slow


def test_a_right_reserved_under_a_condition_is_an_asserted_threat(analyse):
    event = event_on(
        analyse("The Somali cabinet reserved the right to respond if Kenyan troops entered Gedo."),
        "reserved",
    )
    assert event.plover_type == "THREATEN" and event.polarity == "asserted"


def test_the_condition_of_a_reserved_right_stays_not_asserted(analyse):
    events = analyse(
        "The Somali cabinet reserved the right to respond if Kenyan troops attacked Gedo."
    )
    assert event_on(events, "attacked").polarity != "asserted"


def test_a_right_reserved_under_a_modal_stays_hedged(analyse):
    event = event_on(
        analyse("Quito might reserve the right to retaliate if the tariffs stayed in place."),
        "reserve",
    )
    assert event.polarity != "asserted"


def test_a_quoted_reported_verb_read_as_a_noun_is_a_verb(analyse):
    event = event_on(
        analyse('A spokesman said the miners "reserve the right to strike" if the mine is sold.'),
        "reserve",
    )
    assert event.plover_type == "THREATEN" and event.polarity == "asserted"


def test_a_plural_noun_subject_named_reserves_is_no_threat(analyse):
    events = analyse("The governor said foreign reserves fell to a four-year low in March.")
    assert not [e for e in events if e.plover_type == "THREATEN"]


def test_a_helicopter_circling_over_a_village_shows_force(analyse):
    event = event_on(
        analyse("Herders said an Ethiopian helicopter circled over the wells for an hour."),
        "circled",
    )
    assert event.plover_type == "MOBILIZE"


def test_fighters_circling_a_town_still_encircle_it(analyse):
    event = event_on(analyse("Rebel fighters circled the garrison town on Tuesday."), "circled")
    assert event.plover_type == "ASSAULT"


def test_the_pronoun_of_a_relative_clause_of_saying_is_its_noun(analyse):
    events = analyse(
        "Two herders were shot, according to the Chadian army, which said it had deployed "
        "armoured cars to the wells."
    )
    assert "TCD" in countries_of(event_on(events, "deployed").source)


def test_the_pronoun_of_a_later_conjunct_of_the_relative_clause_is_its_noun(analyse):
    events = analyse(
        "The account came from the Nigerien army, which blamed the militia and said it had "
        "deployed two companies to Diffa."
    )
    assert "NER" in countries_of(event_on(events, "deployed").source)


def test_guards_disarmed_by_another_party_are_coerced(analyse):
    event = event_on(
        analyse("Border guards were disarmed by the insurgents and held in a school."), "disarmed"
    )
    assert event.plover_type == "COERCE"


def test_troops_disarming_policemen_coerce_them(analyse):
    event = event_on(
        analyse("Guinean troops disarmed six policemen at the checkpoint."), "disarmed"
    )
    assert event.plover_type == "COERCE"


def test_fighters_laying_down_their_arms_still_retreat(analyse):
    event = event_on(analyse("The rebels have disarmed under the peace accord."), "disarmed")
    assert event.plover_type == "RETREAT"
