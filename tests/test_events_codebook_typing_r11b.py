"""Typing under the PLOVER codebook's conventions (round r11b, plover27; docs/plover-conventions.md).
An invitation is an intent to meet (AGREE, manual 3.2, p.10), a protest lodged with a government
or its envoy is a diplomatic protest (ACCUSE, 3.12, p.20), and sanctions lifted are a concession
(CONCEDE, 3.4, p.12); peacekeepers shipped out are withdrawn (SANCTION, 3.13, p.21), also where the
parser gives the particle as a preposition ("shipped out of"). Every text here was written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Chile's foreign minister invited her Peruvian counterpart to Santiago for talks on water.",
        "The prime minister invited the opposition leader to a dialogue on electoral reform.",
    ],
)
def test_an_invitation_to_meet_is_an_agreement(analyse, text):
    assert event_on(analyse(text), "invited").plover_type == "AGREE"


def test_inviting_bids_names_no_event(analyse):
    events = analyse("The port authority invited bids for a new container terminal.")
    assert not [e for e in events if e.trigger.split()[0] == "invited"]


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia protested to Chile over the diversion of a border river.",
        "The ministry protested to the Thai embassy about the seizure of a trawler.",
    ],
)
def test_a_protest_lodged_with_a_government_is_an_accusation(analyse, text):
    assert event_on(analyse(text), "protested").plover_type == "ACCUSE"


def test_a_street_protest_stays_a_protest(analyse):
    events = analyse("Farmers protested outside parliament over grain prices.")
    assert event_on(events, "protested").plover_type == "PROTEST"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Canada lifted sanctions on Venezuelan oil exports after the vote.", "lifted"),
        ("The European Union ended its arms embargo on the island.", "ended"),
        ("The council removed the boycott of Danish dairy goods.", "removed"),
    ],
)
def test_sanctions_lifted_are_a_concession(analyse, text, verb):
    assert event_on(analyse(text), verb).plover_type == "CONCEDE"


@pytest.mark.parametrize(
    "text",
    [
        "Two hundred UN peacekeepers were shipped out of the northern province on Monday.",
        "The UN shipped out its peacekeepers from the border zone.",
    ],
)
def test_peacekeepers_shipped_out_are_withdrawn(analyse, text):
    assert event_on(analyse(text), "shipped").plover_type == "SANCTION"


def test_out_of_reads_our_own_phrasal_rows(analyse):
    events = analyse("Hundreds of villagers were driven out of their homes by the militia.")
    assert event_on(events, "driven").plover_type == "COERCE"


def test_troops_pulling_out_of_a_town_still_retreat(analyse):
    events = analyse("Government troops pulled out of the town of Kesa on Friday.")
    assert event_on(events, "pulled").plover_type == "RETREAT"
