"""A call joined after a condemnation with no subject of its own ("condemned the detention of
... and called on X to free them") follows from it: the condemnation is the main event, and the
call ranks below it as a later clause does (stop 65, args49: own95 tune and stop 64's leftover,
where the joined call outranked the condemnation)."""

from __future__ import annotations

from event_helpers import countries_of, pipeline_top


def test_condemnation_outranks_the_joined_call_to_release(resources):
    top = pipeline_top(
        "Poland on Monday condemned the arrest of two Polish reporters by Belarusian police in "
        "Grodno and called on Minsk to release them, the foreign ministry said.",
        resources,
    )
    assert top.plover_type == "ACCUSE"
    assert "POL" in countries_of(top.source)


def test_condemnation_outranks_the_joined_urging(resources):
    top = pipeline_top(
        "Ghana on Tuesday condemned the seizure of a Ghanaian trawler by Togolese marines off "
        "Aflao and urged Lome to hand the vessel back to its owners.",
        resources,
    )
    assert top.plover_type == "ACCUSE"
    assert "GHA" in countries_of(top.source)


def test_a_call_before_a_joined_condemnation_keeps_its_rank(resources):
    # guard: only a call joined after the condemnation ranks below it; a call told first stays
    # the main event
    top = pipeline_top(
        "Poland on Monday called on Minsk to release two Polish reporters and condemned their "
        "arrest by Belarusian police in Grodno, the foreign ministry said.",
        resources,
    )
    assert top.plover_type == "REQUEST"
