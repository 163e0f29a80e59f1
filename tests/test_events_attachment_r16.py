"""Who did it to whom and the main event, round r16 (args20), on sentences written for the test
(not the own held-out or PLOVER sentences whose misses prompted the classes): demonyms the state
records lacked, a union named for a capital, a state's name inside a road's name, and the
unidentified attackers of an agentless killing."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

from realpolitik.model import Document
from realpolitik.pipeline import analyse_documents

pytestmark = pytest.mark.slow


def _countries(mentions):
    return {m.country for m in mentions}


def _actors(text, resources):
    return analyse_documents([Document("t", "t", raw=text, text=text)], resources)[0].actor_mentions


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Botswanan police detained two Zambian truck drivers on Monday.", "BWA"),
        ("A Maldivian court jailed a former minister for five years.", "MDV"),
        ("Bajan fishermen protested outside the parliament in Bridgetown.", "BRB"),
        ("Vanuatuan officials signed a fisheries deal with Japan.", "VUT"),
        ("Tobagonian hoteliers appealed to the government for tax relief.", "TTO"),
    ],
)  # fmt: skip
def test_events_r16_demonyms_the_state_records_lacked_name_their_state(resources, text, country):
    assert country in _countries(_actors(text, resources))


@pytest.mark.parametrize(
    ("text", "union_state"),
    [
        ("The Lusaka Mineworkers Union accused Canadian miner Westfield Copper of unsafe shafts.", "ZMB"),
        ("The Windhoek Fishermen's Workers Union called on Angola to free three crews.", "NAM"),
    ],
)  # fmt: skip
def test_events_r16_a_union_named_for_a_capital_is_an_actor_of_that_capitals_state(
    resources, text, union_state
):
    unions = [m for m in _actors(text, resources) if "Union" in m.text]
    assert unions and unions[0].country == union_state, unions
    # the capital is not read as its government as well
    assert not any(m.text in {"Lusaka", "Windhoek"} for m in _actors(text, resources))


def test_events_r16_a_capital_inside_another_name_is_not_made_an_organisation(resources):
    # no organisation word after the capital: the name is left to the older rules
    actors = _actors("The Lusaka Times reported that Zambia had closed the border.", resources)
    assert not any("Lusaka Times" == m.text and m.sector == "CVL" for m in actors)


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of Bolivian farmers blocked the Pan-American Highway near the border on Friday.",
        "Protesting truckers blocked the Trans-Canada Highway for a third day.",
        "Bus drivers blocked the Afghan-Pakistan Friendship Bridge on Monday.",
    ],
)
def test_events_r16_a_state_inside_a_road_or_bridge_name_is_not_a_party(resources, text):
    named = {"USA", "CAN", "AFG", "PAK"}
    for event in pipeline_events(text, resources):
        assert not _countries(event.target) & named, event.target


def test_events_r16_a_road_agency_keeps_its_state(resources):
    # the route noun does not end the name: an agency, the state's own
    actors = _actors("The Kenya Road Authority suspended three Chinese contractors.", resources)
    assert "KEN" in _countries(actors)


def test_events_r16_a_lowercase_road_keeps_its_demonym(resources):
    # "the Afghan road" is a common noun: the rule reads capitalised route names only
    actors = _actors("Pakistani troops shelled the Afghan road near Chaman.", resources)
    assert "AFG" in _countries(actors)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A car bomb killed four policemen near a checkpoint in Kirkuk on Thursday.", "IRQ"),
        ("A provincial judge was shot dead outside his home in Tegucigalpa on Monday.", "HND"),
        ("Three Turkish engineers were killed in a bomb attack in Quetta.", "PAK"),
    ],
)  # fmt: skip
def test_events_r16_an_agentless_killing_is_done_by_the_places_unidentified_attackers(
    resources, text, country
):
    killing = max(
        (e for e in pipeline_events(text, resources) if e.plover_type == "ASSAULT"),
        key=lambda e: e.confidence,
    )
    assert [m.country for m in killing.source] == [country], killing.source
    assert killing.source[0].sector == "UAF"
    assert not killing.source[0].is_state_or_sector  # not the state's own act


@pytest.mark.parametrize(
    "text",
    [
        # an armed group named in the sentence: the claim readers' business, not unknown attackers
        "Two soldiers were killed in an ambush near Menaka claimed by Islamic State militants.",
        # a named attacker
        "Colombian soldiers killed three dissident fighters in Cauca on Sunday.",
    ],
)
def test_events_r16_a_killing_with_a_named_side_gets_no_unidentified_attackers(resources, text):
    for event in pipeline_events(text, resources):
        assert not any(m.sector == "UAF" for m in event.source), event.source


@pytest.mark.parametrize(
    ("text", "holder", "victim"),
    [
        ("A Saudi blogger died after being tortured in Bahraini police custody, his family said.",
         "BHR", "Saudi blogger"),
        ("A Nepali worker died from torture in Qatari police custody, rights groups said.", "QAT",
         "Nepali worker"),
        ("A Yemeni student died in the custody of Egyptian security forces.", "EGY", "Yemeni student"),
    ],
)  # fmt: skip
def test_events_r16_harm_in_custody_is_done_by_the_custodian_to_the_one_held(
    resources, text, holder, victim
):
    harm = max(
        (e for e in pipeline_events(text, resources) if e.plover_type == "ASSAULT"),
        key=lambda e: e.confidence,
    )
    assert holder in _countries(harm.source), harm.source
    assert any(victim in m.text for m in harm.target), harm.target


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The Red Cross urged the parties to the conflict in Myanmar to spare hospitals.", "MMR"),
        ("The Arab League called on all sides in the war in Libya to respect the truce.", "LBY"),
        ("The Pope appealed to the warring factions in Haiti to lay down their arms.", "HTI"),
    ],
)  # fmt: skip
def test_events_r16_the_sides_of_a_conflict_stand_for_the_state_it_is_fought_in(
    resources, text, state
):
    request = max(pipeline_events(text, resources), key=lambda e: e.confidence)
    assert state in _countries(request.target), request.target


def test_events_r16_political_parties_in_a_state_stay_parties(resources):
    # "parties" of politics, not sides of a conflict: the older reading is kept
    events = pipeline_events("The EU urged the political parties in Kenya to accept the result.", resources)
    request = max(events, key=lambda e: e.confidence)
    assert any("parties" in m.text for m in request.target), request.target


@pytest.mark.parametrize(
    ("text", "builder", "host"),
    [
        ("A Turkish state firm has agreed to rebuild the airport of Kismayo in Somalia.", "TUR", "SOM"),
        ("Japan agreed to upgrade the port of Mombasa in Kenya.", "JPN", "KEN"),
    ],
)  # fmt: skip
def test_events_r16_building_works_agreed_abroad_are_for_the_state_they_stand_in(
    resources, text, builder, host
):
    agreed = _typed_first(pipeline_events(text, resources), "AGREE")
    assert builder in _countries(agreed.source), agreed.source
    assert host in _countries(agreed.target), agreed.target


def _typed_first(events, plover_type):
    return next(e for e in events if e.plover_type == plover_type)
