"""Classes the reader_own16 tune articles (and the leftovers of round r16's reader) lacked (issue 9,
round r17, reader21): a spaced dash ends a role phrase (datelines, live-blog time stamps); patrols
sent somewhere are a show of force; fences built along a line restrict crossing; chanting is a
protest; traders banned are shut out of trade; compensating a party is paying compensation; the act
promised in a "that" clause keeps its own type; an invitation's act is not yet done; livestock
rustled is seized. Every text here was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


def _sources(mention) -> list[str]:
    return [a.text for a in mention.source]


@pytest.mark.parametrize(
    ("text", "verb", "source"),
    [
        ("YEREVAN, 3 March - Deputy Prime Minister Aram Vardanyan met the Iranian envoy on Monday.",
         "met", "Deputy Prime Minister Aram Vardanyan"),
        ("09:45 - Opposition leader Marta Kovacs accuses the cabinet of lying.", "accuses",
         "Opposition leader Marta Kovacs"),
    ],
)  # fmt: skip
def test_a_spaced_dash_parts_a_dateline_or_time_stamp_from_the_role_phrase(analyse, text, verb, source):
    assert _sources(event_on(analyse(text), verb)) == [source]


def test_a_hyphen_inside_a_title_stays_in_the_role_phrase(analyse):
    mention = event_on(analyse("Vice-President Lena Morales visited the flooded town."), "visited")
    assert _sources(mention) == ["Vice-President Lena Morales"]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The mayor sent two patrol cars to the harbour on Friday.", "sent"),
        ("The prefect dispatched foot patrols to the town square.", "dispatched"),
    ],
)
def test_patrols_sent_somewhere_are_a_show_of_force(analyse, text, verb):
    assert event_on(analyse(text), verb).plover_type == "MOBILIZE"


def test_goods_sent_stay_aid(analyse):
    assert event_on(analyse("The Red Cross sent blankets to the camp."), "sent").plover_type == "AID"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The town council built a fence along the railway line.", "built"),
        ("Soldiers put up a fence across the valley road overnight.", "put"),
        ("The province erected a wall on the disputed strip.", "erected"),
    ],
)
def test_a_fence_or_wall_built_along_a_line_restricts_crossing(analyse, text, verb):
    assert event_on(analyse(text), verb).plover_type == "COERCE"


def test_chanting_is_a_protest(analyse):
    mention = event_on(analyse("Hundreds of students chanted outside the ministry on Monday."), "chanted")
    assert mention.plover_type == "PROTEST"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Farmers asked the council to ban foreign traders.", "ban"),
        ("The municipality banned the street vendors from the market.", "banned"),
    ],
)
def test_traders_banned_are_shut_out_of_trade(analyse, text, verb):
    assert event_on(analyse(text), verb).plover_type == "SANCTION"


def test_a_party_banned_stays_coerced(analyse):
    mention = event_on(analyse("The junta banned the main opposition party on Tuesday."), "banned")
    assert mention.plover_type == "COERCE"


def test_compensating_a_party_is_paying_compensation_not_an_accusation(analyse):
    mention = event_on(analyse("The mining company compensated the displaced families in May."), "compensated")
    assert mention.plover_type == "RETREAT"


@pytest.mark.parametrize(
    ("text", "verb", "plover_type"),
    [
        ("He promised the fishermen that the ministry would pay for the lost nets.", "pay", "AID"),
        ("The governor assured the herders that the state would compensate them.", "compensate", "RETREAT"),
    ],
)
def test_the_act_promised_in_a_that_clause_keeps_its_type_not_done(analyse, text, verb, plover_type):
    mention = event_on(analyse(text), verb)
    assert mention.plover_type == plover_type and mention.polarity != "asserted"


def test_a_hostile_act_promised_stays_a_threat(analyse):
    mention = event_on(analyse("The commander promised that his men would attack the depot."), "attack")
    assert mention.plover_type == "THREATEN"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The president invited the king to visit Tunis next spring.", "visit"),
        ("The mediators encouraged the militia to join the talks.", "join"),
    ],
)
def test_the_act_of_an_invitation_is_not_yet_done(analyse, text, verb):
    assert event_on(analyse(text), verb).polarity != "asserted"


def test_livestock_rustled_is_property_seized(analyse):
    mention = event_on(analyse("Raiders from the hills rustled sixty goats on Tuesday night."), "rustled")
    assert mention.plover_type == "COERCE"
