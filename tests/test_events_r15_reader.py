"""Classes the reader_own14 tune articles lacked (issue 9, round r15, reader19): slogans shouted or
raised are a protest; police pushing or holding back a crowd, and guards stopping protesters or
journalists, coerce them; raising a matter with a party is raising an issue. Every text here was
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Farmers shouted slogans outside the district office on Friday.", "shouted"),
        ("Hundreds of teachers raised slogans against the education minister.", "raised"),
        ("A student chants a slogan as the motorcade passes.", "chants"),
    ],
)
def test_slogans_shouted_or_raised_are_a_protest(analyse, text, verb):
    assert event_on(analyse(text), verb).plover_type == "PROTEST"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Riot police pushed the demonstrators back from the palace gates.", "pushed"),
        ("Gendarmes held the crowd back with shields at the square.", "held"),
        ("Border guards stopped the reporters at the bridge.", "stopped"),
        ("Soldiers have stopped two activists from photographing the dam, witnesses said.", "stopped"),
    ],
)
def test_people_pushed_back_or_stopped_by_police_are_coerced(analyse, text, verb):
    assert event_on(analyse(text), verb).plover_type == "COERCE"


def test_armed_men_pushed_back_stay_fought_off(analyse):
    assert event_on(analyse("The army pushed the militants back from the ridge."), "pushed").plover_type == "ASSAULT"


def test_pushing_for_talks_stays_an_appeal(analyse):
    assert event_on(analyse("Ghana pushed for talks with Togo."), "pushed").plover_type == "REQUEST"


def test_raising_a_matter_with_a_party_is_raising_an_issue(analyse):
    raised = event_on(analyse("Senegal said it would raise the matter with Gambia at the next summit."), "raise")
    assert raised.plover_type == "ACCUSE" and raised.polarity != "asserted"
    assert any("Gambia" in a.text for a in raised.target)


@pytest.mark.parametrize(
    "text",
    [
        "Riot police kept the students behind barriers outside the ministry.",
        "Gendarmes kept them behind a cordon for two hours.",
    ],
)
def test_people_kept_behind_barriers_are_coerced(analyse, text):
    assert event_on(analyse(text), "kept").plover_type == "COERCE"


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("The students say they will not protest outside the embassy again.", "protest", "PROTEST"),
        ("Ghana will not suspend imports of Togolese cement, the minister said.", "suspend", "SANCTION"),
    ],
)
def test_a_hostile_act_forsworn_keeps_its_type_negated(analyse, text, verb, expected):
    act = event_on(analyse(text), verb)
    assert act.plover_type == expected and act.polarity != "asserted"


def test_a_hostile_act_promised_is_still_a_threat(analyse):
    assert event_on(analyse("The farmers will march on the capital on Monday."), "march").plover_type == "THREATEN"


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Peru wants an apology from Chile for the raid.", "Peru"),
        ("The opposition wants an independent inquiry into the shooting.", "opposition"),
        ("Accra wants observers at the border crossings.", "Accra"),
    ],
)
def test_a_party_wanting_an_act_asks_for_it(analyse, text, owner):
    wants = event_on(analyse(text), "wants")
    assert wants.plover_type == "REQUEST" and any(owner in a.text for a in wants.source)


def test_wanting_a_share_is_no_request(analyse):
    assert all(e.plover_type != "REQUEST" for e in analyse("Kenya wants a share of the fish."))
