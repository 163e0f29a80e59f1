"""A state's organ placed by an "in" or "at" phrase naming a town ("A court in Ziguinchor",
"Border guards at Narva", "Police in Isfara") belongs to the state the gazetteer places the town
in; before, it had no country or took the sentence's other state (stop 68, args52: the stop 67
leftover, "A court in Oujda", "Border guards at Narva")."""

from __future__ import annotations

from event_helpers import countries_of, pipeline_top


def test_border_guards_at_a_town(resources):
    top = pipeline_top(
        "Border guards at Narva detained two Russian lorry drivers on Friday for carrying "
        "forged papers.",
        resources,
    )
    assert countries_of(top.source) == {"EST"}
    assert countries_of(top.target) == {"RUS"}


def test_a_court_in_a_town_after_a_background_sentence(resources):
    top = pipeline_top(
        "Senegal says Gambian fishermen have used dynamite off Casamance for years. A court in "
        "Ziguinchor on Monday jailed four Gambian fishermen for a year.",
        resources,
    )
    assert countries_of(top.source) == {"SEN"}
    assert countries_of(top.target) == {"GMB"}


def test_police_in_a_town(resources):
    top = pipeline_top(
        "Police in Isfara arrested three Kyrgyz traders on Sunday for selling fuel without a "
        "licence.",
        resources,
    )
    assert countries_of(top.source) == {"TJK"}


def test_a_town_of_two_states_names_none(resources):
    # guard: Desaguadero lies on both banks (Bolivia and Peru): no state is given
    top = pipeline_top(
        "Border guards at Desaguadero held a Bolivian trader for two days on Friday.", resources
    )
    assert "PER" not in countries_of(top.source)


def test_police_in_a_capital_keep_its_state(resources):
    # guard: a capital is read as before (`_place_country`)
    top = pipeline_top("Police in Lusaka arrested two Congolese truck drivers on Monday.", resources)
    assert countries_of(top.source) == {"ZMB"}
    assert countries_of(top.target) == {"COD"}
