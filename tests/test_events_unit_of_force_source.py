"""A subject told as a part of a force's unit ("A patrol from the frontier unit of Chile's
carabineros at Colchane arrested ...") acts for the force the unit's "of" phrase names; the
search stopped at the unit and the act had no source (round r49, args53: own103 tune)."""

from __future__ import annotations

from event_helpers import countries_of, pipeline_top


def test_a_squad_from_the_river_unit_of_a_police(resources):
    top = pipeline_top(
        "A squad from the river unit of Brazil's federal police at Tabatinga seized a Colombian "
        "fishing boat on Friday.",
        resources,
    )
    assert countries_of(top.source) == {"BRA"}
    assert countries_of(top.target) == {"COL"}


def test_a_patrol_from_the_border_unit_of_a_police(resources):
    top = pipeline_top(
        "A patrol from the border unit of Peru's national police at Tacna detained a Bolivian "
        "trader on Monday, saying his lorry carried stolen copper.",
        resources,
    )
    assert countries_of(top.source) == {"PER"}
    assert countries_of(top.target) == {"BOL"}


def test_a_post_placed_by_its_town_names_no_state(resources):
    # guard: a patrol from a post named only by its town keeps no source (towns are not read as
    # states: stop 68 dropped that class)
    top = pipeline_top(
        "A patrol from the border post at Tacna detained a Bolivian trader on Monday.",
        resources,
    )
    assert not top.source
    assert countries_of(top.target) == {"BOL"}
