"""Classes the reader_own29 tune articles (Guyana and Venezuela over the Cuyuni river) and the
round's leftovers showed (issue 9, round r30, reader34): "neither confirmed nor denied" denies
nothing; what is rumoured is not told as done; a protest note is a diplomatic complaint, not a
street protest; a summons to a ministry is a complaint; shuttling between capitals is consulting;
an envoy gone home for consultations is recalled; a dredge boarded is seized; ground taken after
others left it is seized by the takers, who move into it; a deal halted is cut; vessels escorted
are protected; talks a scheduled trip is for, and a meeting told in the present with a date, are
to come. Every text here was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


def _countries(parties) -> set:
    return {p.country for p in parties}


def test_neither_confirmed_nor_denied_is_no_denial(analyse):
    event = event_on(
        analyse("The navy has neither confirmed nor denied the report of a collision."), "denied"
    )
    assert event.polarity != "asserted"


def test_a_plain_denial_stays_asserted(analyse):
    event = event_on(analyse("The navy denied the report of a collision."), "denied")
    assert event.plover_type == "REJECT" and event.polarity == "asserted"


def test_an_act_rumoured_to_have_happened_is_not_asserted(analyse):
    event = event_on(
        analyse("Peru is rumoured to have requested two frigates from Spain."), "requested"
    )
    assert event.plover_type == "REQUEST" and event.polarity != "asserted"


def test_a_protest_note_is_no_street_protest(analyse, resources):
    from realpolitik.events.lexicon import load_lexicon
    from realpolitik.events.triggers import type_noun

    sdoc = resources.nlp("The embassy delivered a protest note to the ministry.")
    protest, note = sdoc[4], sdoc[5]
    assert type_noun(protest, load_lexicon()) is None
    assert type_noun(note, load_lexicon()).ttype.plover_type == "ACCUSE"


def test_a_summons_to_the_ministry_is_a_complaint(analyse):
    event = event_on(
        analyse("She was summoned to the foreign ministry on Friday over the shooting."), "summoned"
    )
    assert event.plover_type == "ACCUSE"


def test_shuttling_between_capitals_is_consulting(analyse):
    event = event_on(
        analyse("The Qatari envoy has been shuttling between the two capitals since May."),
        "shuttling",
    )
    assert event.plover_type == "CONSULT"


def test_buses_shuttling_between_towns_are_no_consultation(analyse):
    events = analyse("Buses shuttle between the two towns every hour.")
    assert not [e for e in events if e.plover_type == "CONSULT"]


def test_an_envoy_gone_home_for_consultations_is_recalled(analyse):
    event = event_on(
        analyse("Turkey's ambassador left Vienna for consultations on Monday."), "left"
    )
    assert event.plover_type == "SANCTION"


def test_a_minister_leaving_a_city_is_no_recall(analyse):
    events = analyse("The Turkish minister left Vienna on Monday after the talks.")
    assert not [e for e in events if e.plover_type == "SANCTION"]


def test_a_dredge_boarded_by_soldiers_is_seized(analyse):
    event = event_on(analyse("Colombian marines boarded a dredge on the Atrato river."), "boarded")
    assert event.plover_type == "COERCE"


def test_ground_taken_after_the_army_left_it_is_seized_by_the_takers(analyse):
    events = analyse("Militants took the village after the army had left it.")
    taken = event_on(events, "took")
    assert taken.plover_type == "COERCE" and any("Militants" in p.text for p in taken.source)
    assert event_on(events, "left").plover_type == "RETREAT"


def test_soldiers_moving_into_a_camp_move_force(analyse):
    event = event_on(analyse("Soldiers moved into the abandoned camp on Friday."), "moved")
    assert event.plover_type == "MOBILIZE"


def test_protesters_moving_into_a_square_move_no_force(analyse):
    events = analyse("Protesters moved into the square on Friday.")
    assert not [e for e in events if e.plover_type == "MOBILIZE"]


def test_a_deal_halted_is_cut(analyse):
    event = event_on(analyse("Ecuador halted the fishing deal with Peru last year."), "halted")
    assert event.plover_type == "SANCTION"


def test_vessels_escorted_are_protected(analyse):
    event = event_on(
        analyse("Egyptian frigates escorted the tankers through the canal."), "escorted"
    )
    assert event.plover_type == "AID"


def test_talks_a_scheduled_trip_is_for_are_to_come(analyse):
    events = analyse(
        "The Chilean president travels to Lima on Friday for talks with his Peruvian counterpart."
    )
    assert event_on(events, "talks").polarity == "intended"


def test_talks_a_past_trip_was_for_stay_told(analyse):
    events = analyse(
        "The Chilean president travelled to Lima on Friday for talks with his Peruvian counterpart."
    )
    assert event_on(events, "talks").polarity == "asserted"


def test_a_meeting_told_in_the_present_with_a_date_is_to_come(analyse):
    event = event_on(analyse("The two foreign ministers meet in Montevideo on March 24."), "meet")
    assert event.plover_type == "CONSULT" and event.polarity == "intended"
