"""A second passive joined to a first, whose subject a possessive pronoun ties to the first one's
("and its crew were detained, by", "and had their passports taken by"), names the doer of both
in its "by" phrase: the first act had no source (stop 64, args48: own93 tune, far "by" doers)."""

from __future__ import annotations

from event_helpers import countries_of, event_holding


def test_a_boat_seized_and_its_crew_detained_by_marine_police(analyse):
    events = analyse(
        "A Kenyan fishing boat was seized near Ukerewe on Friday, and its six crew were "
        "detained, by Tanzanian marine police, officials said."
    )
    seizure = event_holding(events, "seized")
    assert "TZA" in countries_of(seizure.source)
    assert "KEN" in countries_of(seizure.target)


def test_porters_detained_who_had_their_passports_taken_by_guards(analyse):
    events = analyse(
        "Four Nepali porters were detained on the trail on Sunday and had their passports "
        "taken by Chinese border guards, a trekking firm said."
    )
    detention = event_holding(events, "detained")
    assert "CHN" in countries_of(detention.source)
    assert "NPL" in countries_of(detention.target)


def test_a_second_passive_on_someone_else_keeps_its_doer_to_itself(analyse):
    # guard: "a Ugandan trader" is no pronoun's own; the seizure's doer is not named
    events = analyse(
        "A Kenyan fishing boat was seized near Ukerewe on Friday, and a Ugandan trader was "
        "detained by Tanzanian marine police, officials said."
    )
    seizure = event_holding(events, "seized")
    assert "TZA" not in countries_of(seizure.source)
    detention = event_holding(events, "detained")
    assert "TZA" in countries_of(detention.source)
