"""A complaint made to a state is aimed at that state, not at the doer a "by" phrase names inside
what it complains of ("complained to Lima about the burning of a bus by a mob of farmers"): the
mob was read as the target (issue 9, stop 73, args57: own111 tune, the brief's leftover of
own109)."""

from __future__ import annotations

from event_helpers import countries_of, pipeline_top


def test_events_complaint_to_a_capital_over_a_mob_act_targets_the_capital(resources):
    top = pipeline_top(
        "Ghana complained to Lome on Friday about the beating of two Ghanaian traders by a gang "
        "of youths in Aflao.",
        resources,
    )
    assert top.plover_type == "ACCUSE"
    assert countries_of(top.source) == {"GHA"}
    assert countries_of(top.target) == {"TGO"}


def test_events_complaint_to_a_state_over_a_crowd_act_targets_the_state(resources):
    top = pipeline_top(
        "Chile complained to Peru on Monday about the burning of a Chilean bus in Tacna by a crowd "
        "of striking farmers.",
        resources,
    )
    assert top.plover_type == "ACCUSE"
    assert countries_of(top.target) == {"PER"}


def test_events_complaint_to_an_international_body_targets_the_doer(resources):
    # guard: a complaint to the United Nations is aimed at the doer of what it complains of
    top = pipeline_top(
        "Chile complained to the United Nations on Monday about the shelling of a Chilean border "
        "post by Bolivian troops.",
        resources,
    )
    assert top.plover_type == "ACCUSE"
    assert countries_of(top.target) == {"BOL"}


def test_events_protest_with_no_addressee_targets_the_doer(resources):
    # guard: with no one it is made to, the "by" doer is still the target
    top = pipeline_top(
        "Chile protested the burning of a Chilean bus in Tacna by Peruvian troops.", resources
    )
    assert countries_of(top.target) == {"PER"}
