"""A subject that names the story's pair back ("both governments", "Officials of both sides",
"the two governments") and was read as a party of no country, or of the sentence's other state,
stands for the two states named before: the pair is the act's parties, or its source where
another party is acted on (stop 68, args52: the stop 67 leftover, "both governments" was not
split into the two states named before)."""

from __future__ import annotations

from event_helpers import countries_of, pipeline_top


def test_both_governments_agreed(resources):
    top = pipeline_top(
        "Ghana and Togo argued in March over a fishing zone off their coast. On Friday both "
        "governments agreed to patrol it together.",
        resources,
    )
    assert top.plover_type == "AGREE"
    assert countries_of(top.source) | countries_of(top.target) == {"GHA", "TGO"}


def test_officials_of_both_sides_met(resources):
    top = pipeline_top(
        "Chile and Bolivia have disputed the Silala springs for years. Officials of both sides "
        "met in La Paz on Tuesday to discuss a joint survey.",
        resources,
    )
    assert top.plover_type == "CONSULT"
    assert countries_of(top.source) | countries_of(top.target) == {"CHL", "BOL"}


def test_the_two_governments_asked_a_third_state(resources):
    top = pipeline_top(
        "Mali and Niger signed a trade pact in May. On Friday the two governments asked Algeria "
        "to reopen its border.",
        resources,
    )
    assert top.plover_type == "REQUEST"
    assert countries_of(top.source) == {"MLI", "NER"}
    assert countries_of(top.target) == {"DZA"}


def test_a_named_subject_keeps_its_reading(resources):
    # guard: a subject that names its state is not replaced by the pair named before
    top = pipeline_top(
        "Ghana and Togo argued in March over a fishing zone off their coast. On Friday the "
        "Ghanaian government asked Togo to withdraw its patrol boats.",
        resources,
    )
    assert countries_of(top.source) == {"GHA"}
    assert countries_of(top.target) == {"TGO"}


def test_a_pair_in_an_after_clause_does_not_lift_it(resources):
    # guard: an agreement the main clause is only dated by keeps its rank below the main act
    top = pipeline_top(
        "Guinean soldiers burned a market near the border on Sunday, Sierra Leone said, two days "
        "after both governments had agreed to reopen it.",
        resources,
    )
    assert top.plover_type != "AGREE"
