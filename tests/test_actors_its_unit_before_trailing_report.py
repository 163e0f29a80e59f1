"""A unit named by "Its" as the subject of a reported clause that comes before its teller ("Its
navy seized ..., a spokesman said") names back the previous sentence's state, as it does when it
is the subject of the sentence's main clause (round r42, args46: own89 tune, stop 61's leftover
"a unit named a sentence earlier"): the trailing "a spokesman said" made the teller the main
clause's subject, so "Its" was read in its own sentence and the unit had no country."""

from __future__ import annotations

from event_helpers import countries_of, event_holding


def test_its_navy_before_a_trailing_teller_is_the_earlier_sentences_state(analyse):
    events = analyse(
        "Uruguay has long complained of foreign boats fishing off its coast without licences. "
        "Its navy seized an Argentine trawler near Punta del Este on Monday, a spokesman said."
    )
    seized = event_holding(events, "seized")
    assert "URY" in countries_of(seized.source)
    assert "ARG" in countries_of(seized.target)


def test_its_police_before_a_trailing_statement_is_the_earlier_sentences_state(analyse):
    events = analyse(
        "Chile tightened checks along its northern border last year. Its police detained six "
        "Bolivian smugglers near Colchane on Sunday, a police statement said."
    )
    detained = event_holding(events, "detained")
    assert "CHL" in countries_of(detained.source)


def test_its_unit_after_the_teller_keeps_its_own_sentence(analyse):
    # guard: "said its navy had seized" is the teller's own unit, read in its own sentence
    events = analyse(
        "Uruguay has long complained of foreign boats fishing off its coast. Argentina said on "
        "Monday that its navy had seized a trawler near Punta del Este."
    )
    seized = event_holding(events, "seized")
    assert "URY" not in countries_of(seized.source)
