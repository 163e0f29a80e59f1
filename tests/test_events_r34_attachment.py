"""Round r34 (args38) classes of phrasing, on sentences written for these tests (in no gold set):
one's own flights suspended "to" a place are aimed at its state, not at one's own carrier of
their "of" phrase (a foreign carrier's stay the target); a "which" clause set off after a
passive act that lays it "on" a party names the doer; a crew's "of" phrase (the craft it mans)
is no step away from the force that craft belongs to; relief carried "for" a party by an
arriving craft is brought to that party, not to the town of landing; people named by role in a
"by" phrase act for the parties of their "of" phrase ("signed by the transport ministers of Laos
and Thailand"), as a subject's do; people left somewhere ("left them in the snow") are no
departure."""

from __future__ import annotations

import pytest
from event_helpers import countries_of, event_on, pipeline_top

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Armenia halted all flights of its national airline to Moscow on Monday after a dispute "
         "over landing fees.", "RUS"),
        ("Kenya suspended flights of its flag carrier to Mogadishu for a week on Tuesday.", "SOM"),
    ],
)  # fmt: skip
def test_own_flights_suspended_to_a_place_are_aimed_at_its_state(
    resources, text: str, country: str
) -> None:
    top = pipeline_top(text, resources)
    assert top.plover_type == "SANCTION"
    assert countries_of(top.target) == {country}


def test_flights_of_a_foreign_carrier_keep_the_carrier_as_target(
    resources,
) -> None:
    top = pipeline_top(
        "Georgia halted all flights of the Russian airline Aeroflot to Tbilisi on Monday.",
        resources,
    )
    assert "RUS" in countries_of(top.target)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Three villages near the Thai border were hit by shells on Sunday, which local officials "
         "blamed on Cambodian artillery units.", "KHM"),
        ("A clinic in Kadugli was shelled on Monday, which the health ministry attributed to "
         "Sudanese army units.", "SDN"),
    ],
)  # fmt: skip
def test_which_clause_laying_a_passive_act_on_a_party_names_the_doer(
    resources, text: str, country: str
) -> None:
    top = pipeline_top(text, resources)
    assert top.plover_type == "ASSAULT"
    assert country in countries_of(top.source)


def test_which_clause_that_lays_the_act_on_no_one_gives_no_doer(resources) -> None:
    top = pipeline_top(
        "Three villages near the Thai border were hit by shells on Sunday, which local officials "
        "said had come from the hills.",
        resources,
    )
    assert top.source == []


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Six sailors were winched from a sinking ferry on Sunday by the crew of a helicopter from "
         "a Brazilian navy ship.", "BRA"),
        ("Two divers were pulled from the water on Monday by the crew of a boat from the Gabonese "
         "navy.", "GAB"),
    ],
)  # fmt: skip
def test_crew_of_a_craft_from_a_navy_acts_for_that_navy(resources, text: str, country: str) -> None:
    top = pipeline_top(text, resources)
    assert top.plover_type == "AID"
    assert country in countries_of(top.source)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Three Chilean air force planes carrying blankets and medicine for Bolivia's flooded "
         "lowlands landed in Trinidad on Monday.", "BOL"),
        ("Two Argentine air force transports loaded with tents and water purification units for "
         "Paraguay's flooded north landed at a military airfield on Friday.", "PRY"),
    ],
)  # fmt: skip
def test_relief_carried_for_a_party_by_an_arriving_craft_goes_to_that_party(
    analyse, text: str, country: str
) -> None:
    landed = event_on(analyse(text), "landed")
    assert landed.plover_type == "AID"
    assert countries_of(landed.target) == {country}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("A treaty on river shipping was signed in Vientiane on Friday by the transport ministers "
         "of Laos and Thailand.", {"LAO", "THA"}),
        ("A protocol on river patrols was signed on Tuesday by the defence ministers of Paraguay "
         "and Uruguay.", {"PRY", "URY"}),
    ],
)  # fmt: skip
def test_role_named_signers_in_a_by_phrase_act_for_the_states_of_their_of_phrase(
    resources, text: str, pair: set
) -> None:
    top = pipeline_top(text, resources)
    assert top.plover_type == "SUPPORT"
    assert countries_of(top.source) | countries_of(top.target) == pair
    assert top.target


def test_role_named_signer_of_one_state_in_a_by_phrase_stays_the_source(resources) -> None:
    top = pipeline_top(
        "The accord was signed in Asuncion on Tuesday by the defence minister of Paraguay.",
        resources,
    )
    assert countries_of(top.source) == {"PRY"}


@pytest.mark.parametrize(
    "text",
    [
        "Border guards drove the migrants back across the line and left them in the snow without "
        "food, a charity said.",
        "Smugglers took the money and left the migrants at the edge of the desert, survivors said.",
    ],
)
def test_people_left_somewhere_are_no_departure(analyse, text: str) -> None:
    assert all(
        not (e.trigger.split()[0] == "left" and e.plover_type == "CONSULT") for e in analyse(text)
    )


def test_a_party_leaving_a_place_is_still_read(analyse) -> None:
    assert event_on(analyse("The delegation left Geneva on Monday after the talks."), "left")
