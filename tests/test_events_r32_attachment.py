"""Round r32 (args36) classes of phrasing, on sentences written for these tests (in no gold set):
people lifted out of the water or off a sinking craft are rescued (aid), not pulled out; charges
brought, levelled or laid against a party are an accusation by who brought them; a ship that docks
with relief goods delivers aid; foreigners named by a nationality word on a plain noun of people
("Albanian men") and sent back are removed, not given aid; a request sent to a capital asks its
state; a custody participle's holder lets its captives go; an act of an "after" clause on a
verb of saying ranks below the reported act."""

from __future__ import annotations

import pytest
from event_helpers import event_on, pipeline_top

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "The Greek coast guard pulled 31 migrants out of the water off Lesbos after their dinghy "
        "sank, a spokesman said.",
        "A Spanish navy patrol hauled 60 people from a sinking boat south of Almeria on Friday.",
        "Fishermen plucked two Filipino sailors from a capsized lifeboat off Mindoro.",
    ],
)
def test_people_lifted_from_the_water_or_a_sinking_craft_are_rescued(analyse, text: str) -> None:
    word = next(w for w in ("pulled", "hauled", "plucked") if w in text)
    assert event_on(analyse(text), word).plover_type == "AID"


def test_forces_pulled_out_of_a_town_still_withdraw(analyse) -> None:
    event = event_on(
        analyse("The army pulled its troops out of the river town on Monday."), "pulled"
    )
    assert event.plover_type == "RETREAT"


def test_warships_pulled_from_disputed_waters_are_no_rescue(analyse) -> None:
    events = analyse("Beijing pulled two warships from the disputed waters near the atoll.")
    assert all(e.plover_type != "AID" for e in events)


@pytest.mark.parametrize(
    ("text", "word", "source", "target"),
    [
        ("Prosecutors in Vilnius brought treason charges against a Belarusian border officer "
         "on Monday, officials said.", "brought", "LTU", "BLR"),
        ("Kenyan police levelled fraud charges against two Ugandan traders at a court in "
         "Busia.", "levelled", "KEN", "UGA"),
    ],
)  # fmt: skip
def test_charges_brought_against_a_party_accuse_it(
    analyse, text: str, word: str, source: str, target: str
) -> None:
    event = event_on(analyse(text), word)
    assert event.plover_type == "ACCUSE"
    assert {a.country for a in event.source} == {source}
    assert target in {a.country for a in event.target}


def test_a_ship_docked_with_relief_goods_delivers_aid(analyse) -> None:
    text = ("A ship chartered by the Greek government docked at Tripoli with food and medicine "
            "for Libyan families, officials said.")  # fmt: skip
    event = event_on(analyse(text), "docked")
    assert event.plover_type == "AID"
    assert "LBY" in {a.country for a in event.target}


def test_a_ship_docked_with_no_goods_is_no_event(analyse) -> None:
    events = analyse("The cruise ship docked at Valletta on Tuesday morning, the port said.")
    assert not any(e.trigger.startswith("docked") for e in events)


def test_supplies_sent_back_are_no_removal(analyse) -> None:
    text = "The ministry sent back two shipments of Brazilian beef that failed inspection."
    assert all(e.plover_type != "COERCE" for e in analyse(text))


@pytest.mark.parametrize(
    ("text", "word", "holder", "released"),
    [
        ("Held in Gomel since their arrest in May, the crew of a Lithuanian tug were released "
         "on Friday, the ministry said.", "released", "BLR", "LTU"),
        ("Held at a prison outside Harare since their arrest in January, three Zambian "
         "traders were freed on Tuesday.", "freed", "ZWE", "ZMB"),
    ],
)  # fmt: skip
def test_release_of_people_a_fronted_custody_participle_holds_in_a_place_is_that_place_state(
    analyse, text: str, word: str, holder: str, released: str
) -> None:
    event = event_on(analyse(text), word)
    assert {a.country for a in event.source} == {holder}
    assert released in {a.country for a in event.target}


def test_a_fronted_custody_participle_with_a_by_holder_names_the_holder_not_the_place(
    analyse,
) -> None:
    text = (
        "Held by rebels in Mali since their capture in May, two Romanian engineers were released."
    )
    source = event_on(analyse(text), "released").source
    assert [a.text for a in source] == ["rebels"]


def test_a_craft_chartered_by_a_party_acts_for_it(analyse) -> None:
    text = ("A freighter chartered by the Japanese government docked at Nuku'alofa on Monday "
            "with rice and tents for Tongan families, the port said.")  # fmt: skip
    event = event_on(analyse(text), "docked")
    assert event.plover_type == "AID"
    assert {a.country for a in event.source} == {"JPN"}


def test_a_craft_hijacked_by_a_party_does_not_act_for_it(analyse) -> None:
    text = ("A freighter hijacked by Somali pirates docked at Eyl on Monday with rice for "
            "families in Puntland, officials said.")  # fmt: skip
    event = event_on(analyse(text), "docked")
    assert "SOM" not in {a.country for a in event.source}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A request for three fire-fighting planes was sent to Madrid on Sunday by the "
         "Portuguese interior ministry.", "sent"),
        ("Fiji submitted a request to Wellington for two survey ships, officials said.",
         "submitted"),
    ],
)  # fmt: skip
def test_a_request_sent_to_a_capital_asks_its_state(analyse, text: str, word: str) -> None:
    event = event_on(analyse(text), word)
    assert event.plover_type == "REQUEST"
    assert {a.country for a in event.target} & {"ESP", "NZL"}


def test_a_letter_sent_to_a_capital_is_no_request(analyse) -> None:
    events = analyse("The ministry sent a letter to Madrid on Sunday about the fishing quotas.")
    assert all(e.plover_type != "REQUEST" for e in events)


@pytest.mark.parametrize(
    ("text", "word", "holder"),
    [
        ("Two Chileans wanted in Santiago for fraud, held by Argentine federal police since "
         "their arrest in March, were handed over to Chile's police on Monday.", "handed", "ARG"),
        ("Held by Ukrainian border guards since their arrest in June, three Moldovan smugglers "
         "were released on Friday, their lawyer said.", "released", "UKR"),
    ],
)  # fmt: skip
def test_people_a_custody_participle_says_a_party_held_are_let_go_by_it(
    analyse, text: str, word: str, holder: str
) -> None:
    assert holder in {a.country for a in event_on(analyse(text), word).source}


@pytest.mark.parametrize(
    "text",
    [
        "Peru will supply Ecuador with 150 megawatts of power, the energy ministry said on "
        "Tuesday, after Quito asked its neighbour for help during the drought.",
        "Norway will lend Iceland two coast guard ships, a ministry spokesman said, before "
        "Reykjavik had even asked for them.",
    ],
)
def test_an_act_of_an_after_clause_on_the_telling_ranks_below_the_reported_act(
    resources, text: str
) -> None:
    assert pipeline_top(text, resources).trigger.split()[0] not in {"asked"}


def test_an_after_clause_on_a_plain_act_keeps_its_rank(analyse) -> None:
    text = "Peru closed its border with Ecuador after Quito expelled two Peruvian diplomats."
    expelled = event_on(analyse(text), "expelled")
    assert expelled.confidence > 0.6


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers handed blankets and tents to families displaced by the floods near Sylhet.",
        "Two tonnes of flour were handed to villagers in Kassala by a Saudi charity on Sunday.",
    ],
)
def test_goods_handed_to_people_in_need_are_aid(analyse, text: str) -> None:
    assert event_on(analyse(text), "handed").plover_type == "AID"


def test_a_letter_handed_to_an_envoy_is_no_aid(analyse) -> None:
    events = analyse("The minister handed a letter to the Swiss envoy on Friday.")
    assert all(e.plover_type != "AID" for e in events)
