"""A "by" phrase set off by a comma after an adverbial clause of an agentless passive ("were
arrested on Tuesday, after a farmer complained ..., by Pakistani troops") names the passive's
doer; the parser hung it on the clause's active verb and the clause's subject was taken as the
doer (stop 64, args48: own93 tune, far "by" doers)."""

from __future__ import annotations

from event_helpers import countries_of, event_holding


def test_herders_arrested_after_a_complaint_by_troops(analyse):
    events = analyse(
        "Two Afghan herders were arrested on Tuesday, after a farmer in Torkham complained "
        "about their goats, by Pakistani paramilitary troops, a district official said."
    )
    arrest = event_holding(events, "arrested")
    assert "PAK" in countries_of(arrest.source)
    assert "AFG" in countries_of(arrest.target)


def test_traders_detained_after_a_breakdown_by_gendarmes(analyse):
    events = analyse(
        "Six Malian traders were detained near Kayes on Thursday, after their lorry broke down "
        "at a checkpoint, by Senegalese gendarmes, a trade union said."
    )
    detention = event_holding(events, "detained")
    assert "SEN" in countries_of(detention.source)
    assert "MLI" in countries_of(detention.target)


def test_a_set_off_by_phrase_naming_no_one_keeps_the_clauses_subject(analyse):
    # guard: "by the evening" names nobody; the clause's subject stays the doer
    events = analyse(
        "Two Afghan herders were arrested on Tuesday, after Pakistani troops found their goats "
        "in a field, by the evening, a district official said."
    )
    arrest = event_holding(events, "arrested")
    assert "PAK" in countries_of(arrest.source)
