"""Acts on a seized boat and its crew told in wordings the lexicon did not read (issue 9, stop 56,
reader40; sentences written for the tests, none from any set):

- a force going "aboard" a vessel is a boarding, as "boarded" reads (`force_acts.vessel_gone_aboard`,
  `aboard_verbs`); passengers going aboard, and sailors going aboard their own ship, are not;
- a force holding, stopping or boarding "it" where "it" is a vessel told earlier in the sentence is
  the same seizure (`force_acts._vessel_pronoun`); police stopping "it" where it is a march is not;
- crewmen or fishermen handed "to" their consul without "over" are released (the bare "hand" rows
  of `own_triggers.tsv`, `handed_over.yaml` `release_intermediaries`); a report handed to a consul
  is no event.

Stop 55's leftovers ("marine police went aboard", "handed to Malawian immigration officers") and
reader_own35 tune misses of the same classes."""

from __future__ import annotations

import pytest


def _types(mentions, trigger: str) -> set[tuple[str, str]]:
    return {(m.plover_type, m.polarity) for m in mentions if m.trigger.split()[0] == trigger}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Coast guard officers went aboard the trawler Marisol off Vigo on Tuesday.", "went"),
        ("Two marines climbed aboard the cargo ship at dawn and ordered its captain to turn back.", "climbed"),
    ],
)
def test_a_force_going_aboard_a_vessel_boards_it(analyse, text, trigger):
    assert ("COERCE", "asserted") in _types(analyse(text), trigger)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Forty tourists went aboard the ferry in Split on Tuesday.", "went"),
        ("The sailors went aboard their ship after a week of shore leave.", "went"),
    ],
)
def test_passengers_and_crews_going_aboard_their_own_ship_board_nothing(analyse, text, trigger):
    assert _types(analyse(text), trigger) == set()


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The trawler was fishing near the reef when a navy patrol boat stopped it.", "stopped"),
        ("The ferry was sailing to the island when coast guard officers boarded it.", "boarded"),
    ],
)
def test_a_force_stopping_it_where_it_is_a_vessel_seizes_the_vessel(analyse, text, trigger):
    assert ("COERCE", "asserted") in _types(analyse(text), trigger)


def test_police_stopping_it_where_it_is_a_march_is_no_seizure(analyse):
    mentions = analyse("The march was heading for the palace when police stopped it.")
    assert _types(mentions, "stopped") == set()


@pytest.mark.parametrize(
    "text",
    [
        "The two fishermen were handed to the Kenyan consul in Kisumu on Friday.",
        "Police handed the skipper to his country's consul at the port of Mombasa.",
    ],
)
def test_crewmen_handed_to_their_consul_without_over_are_released(analyse, text):
    assert ("RETREAT", "asserted") in _types(analyse(text), "handed")


def test_a_report_handed_to_a_consul_is_no_event(analyse):
    assert _types(analyse("The ministry handed the report to the consul on Friday."), "handed") == set()
