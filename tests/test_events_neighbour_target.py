"""A source's act on "its neighbour" ("accused its neighbour of ...", "its northern neighbour")
is aimed at the one other country named before it; the act had no target (stop 68, args52: the
stop 66 and 67 leftover, "neighbour" was not resolved)."""

from __future__ import annotations

from event_helpers import countries_of, pipeline_top


def test_its_southern_neighbour_after_a_background_sentence(resources):
    top = pipeline_top(
        "Bhutan has long sold power to India. On Tuesday it accused its southern neighbour of "
        "paying late.",
        resources,
    )
    assert countries_of(top.source) == {"BTN"}
    assert countries_of(top.target) == {"IND"}


def test_its_neighbour_named_in_the_sentence_before(resources):
    top = pipeline_top(
        "Uruguay has built a pulp mill on the river this year. Argentina on Monday accused its "
        "neighbour of polluting the water.",
        resources,
    )
    assert countries_of(top.source) == {"ARG"}
    assert countries_of(top.target) == {"URY"}


def test_two_states_named_before_name_no_neighbour(resources):
    # guard: with two other countries named before, "its neighbour" stays unresolved
    top = pipeline_top(
        "Brazil and Uruguay have built pulp mills on the river this year. Argentina on Monday "
        "accused its neighbour of polluting the water.",
        resources,
    )
    assert countries_of(top.source) == {"ARG"}
    assert not ({"BRA", "URY"} & countries_of(top.target))


def test_a_neighbour_in_an_after_clause_does_not_lift_it(resources):
    # guard: a request the main clause is only dated by keeps its rank below the main act
    top = pipeline_top(
        "Chile will send Bolivia extra diesel this winter, the Chilean energy ministry said on "
        "Monday, after La Paz asked its neighbour for fuel.",
        resources,
    )
    assert top.plover_type != "REQUEST"
