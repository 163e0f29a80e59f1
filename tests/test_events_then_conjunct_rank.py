"""A verb joined after a typed act with "then" or "later" before it ("arrested a driver and then
handed him over to X", "..., searched his lorry and later released him") tells what followed and
ranks below the first act (stop 64, args48: own93 tune, where a hand-over outranked the arrest)."""

from __future__ import annotations

from realpolitik.eval.plover import top_event


def test_a_driver_arrested_and_then_handed_over_reports_the_arrest(analyse):
    events = analyse(
        "Moroccan police arrested a Spanish lorry driver at Tangier Med on Friday and then "
        "handed him over to Spanish officers at Algeciras, a police source said."
    )
    assert top_event(events).plover_type == "COERCE"


def test_a_trader_arrested_and_later_released_reports_the_arrest(analyse):
    events = analyse(
        "Kenyan police arrested a Ugandan trader in Busia on Monday, searched his lorry and later "
        "released him to Ugandan officials, officials said."
    )
    top = top_event(events)
    assert top.plover_type == "COERCE"
    assert top.trigger == "arrested"


def test_a_joined_verb_with_no_then_keeps_its_rank(analyse):
    # guard: without "then" or "later" the joined verbs rank as before
    events = analyse(
        "Kenyan police arrested a Ugandan trader in Busia on Monday and handed him to Ugandan "
        "officials, officials said."
    )
    assert top_event(events).plover_type == "COOPERATE"
