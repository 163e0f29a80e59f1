"""Round r33 (args37) classes of phrasing, on sentences written for these tests (in no gold set):
a reported act ranks above the act of a trailing "after" clause that the parser made the root
with the verb of saying hung on it; a former capital that still holds the government stands for
its state; people named by a trade (surveyors, engineers, sailors) held are in custody; an
arrival whose subject carries relief in a participle ("planes carrying tents landed") delivers
aid; goods held at a border post are trade halted; an act dating a change in relations is
background; a border kept closed is closed by the keeper."""

from __future__ import annotations

import pytest
from event_helpers import countries_of, event_on, pipeline_top

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Honiara on Monday turned down a request by Taipei to reopen its trade office, a "
         "government spokeswoman said, weeks after Beijing promised 40 million dollars for a new "
         "stadium and sent engineers to the site.", "SLB"),
        ("Suva on Friday turned down an offer by Beijing to fund a naval base, an official said, "
         "days after Wellington pledged 10 million dollars for Fiji's navy.", "FJI"),
    ],
)  # fmt: skip
def test_reported_act_outranks_a_trailing_after_clause_misparsed_as_the_root(
    resources, text: str, country: str
) -> None:
    top = pipeline_top(text, resources)
    assert top.trigger == "turned down"
    assert countries_of(top.source) == {country}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "The interior minister said that Bujumbura would close two crossings with Tanzania.",
            "BDI",
        ),
        (
            "Abidjan recalled its ambassador from Bamako on Sunday over the arrest of two officers.",
            "CIV",
        ),
        ("Dar es Salaam summoned the Kenyan envoy on Friday after the seizure of a lorry.", "TZA"),
    ],
)
def test_former_capital_that_holds_the_government_stands_for_its_state(
    analyse, text: str, country: str
) -> None:
    events = analyse(text)
    assert any(country in countries_of(e.source) for e in events), [
        (e.trigger, countries_of(e.source)) for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Four Uzbek engineers have been held by Kazakh police in Shymkent since Sunday.",
        "Rwandan soldiers held two Congolese sailors overnight at a post on the lake shore.",
    ],
)
def test_people_held_are_in_custody(analyse, text: str) -> None:
    assert event_on(analyse(text), "held").plover_type == "COERCE"


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders held talks with the visiting engineers in Dodoma on Monday.",
        "Heavy rain held the drivers up at the pass for a day.",
    ],
)
def test_holding_talks_or_holding_people_up_is_no_custody(analyse, text: str) -> None:
    assert all(e.plover_type != "COERCE" for e in analyse(text))


def test_arrival_whose_subject_carries_relief_in_a_participle_delivers_aid(analyse) -> None:
    text = (
        "Three New Zealand air force planes carrying blankets, rice and tents for Tonga landed at "
        "Fua'amotu airport on Sunday, a week after floods cut the main road."
    )
    event = event_on(analyse(text), "landed")
    assert event.plover_type == "AID"
    assert countries_of(event.source) == {"NZL"}


def test_arrival_of_a_plane_carrying_passengers_is_no_aid(analyse) -> None:
    text = "A chartered plane carrying 180 tourists landed at Apia airport on Sunday."
    assert all(e.plover_type != "AID" for e in analyse(text))


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Tanzanian customs officers held 40 trucks carrying Kenyan maize at the Namanga "
            "border post on Monday.",
            "TZA",
            "KEN",
        ),
        (
            "Bulgarian officials held trucks of Greek fruit at the Kapitan Andreevo crossing.",
            "BGR",
            "GRC",
        ),
    ],
)
def test_goods_held_at_a_border_post_are_trade_halted(
    analyse, text: str, source: str, target: str
) -> None:
    event = event_on(analyse(text), "held")
    assert event.plover_type == "SANCTION"
    assert countries_of(event.source) == {source}
    assert target in countries_of(event.target)


def test_lorries_held_away_from_a_border_are_no_sanction(analyse) -> None:
    text = "Police held three lorries at a depot in Mombasa after a tip-off."
    assert all(e.plover_type != "SANCTION" for e in analyse(text))


def test_act_dating_a_change_in_relations_ranks_below_the_next_sentences_act(resources) -> None:
    text = (
        "Relations between Helsinki and Moscow have soured since Finland joined NATO in 2023. "
        "On Monday the government expelled two Russian diplomats."
    )
    top = pipeline_top(text, resources)
    assert top.trigger == "expelled"
    assert countries_of(top.target) == {"RUS"}


def test_border_kept_closed_is_a_closure_by_the_keeper(analyse) -> None:
    text = "Ankara will keep the crossing with Syria shut until the talks resume."
    event = event_on(analyse(text), "shut")
    assert event.plover_type == "SANCTION"
    assert countries_of(event.source) == {"TUR"}


def test_a_port_left_closed_by_a_storm_is_no_sanction_by_anyone(analyse) -> None:
    events = analyse("The storm left the port closed for a week.")
    assert all(e.plover_type != "SANCTION" or not e.source for e in events)
