"""A state's force with no state of its own words ("the coast guard") whose "of" phrase names
another force with a state's name or demonym on it ("of the Ghana police", "of the Tanzanian
police") acts for that state: the coast guard, a party itself, stopped the search for the doer and
the act had no source country (round r50, args54: own105 tune)."""

from __future__ import annotations

from event_helpers import countries_of, pipeline_top


def test_the_coast_guard_of_a_police_named_by_its_state(resources):
    top = pipeline_top(
        "A crew from the coast guard of the Ghana police detained six Togolese fishermen off Keta "
        "on Sunday.",
        resources,
    )
    assert countries_of(top.source) == {"GHA"}
    assert countries_of(top.target) == {"TGO"}


def test_the_coast_guard_of_a_police_named_by_its_demonym(resources):
    top = pipeline_top(
        "Divers from the coast guard of the Tanzanian police seized a Comorian dhow off Mafia "
        "island on Friday.",
        resources,
    )
    assert countries_of(top.source) == {"TZA"}
    assert countries_of(top.target) == {"COM"}


def test_the_coast_guard_of_a_body_of_no_state(resources):
    # guard: a body named by no state ("the port authority") gives the coast guard none
    top = pipeline_top(
        "The coast guard of the port authority seized a Comorian dhow off Mafia island on Friday.",
        resources,
    )
    assert not countries_of(top.source) - {None}
    assert countries_of(top.target) == {"COM"}


def test_the_coast_guard_of_a_possessed_force_keeps_that_force(resources):
    # guard: a state's possessed force ("Senegal's navy") is the doer as before
    top = pipeline_top(
        "The coast guard of Senegal's navy detained eleven Gambian fishermen near Kafountine on "
        "Monday.",
        resources,
    )
    assert [m.text for m in top.source] == ["Senegal's navy"]
    assert countries_of(top.target) == {"GMB"}
