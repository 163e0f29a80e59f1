"""Troops or guards of two states who scuffle or brawl act on each other, as those who clash do:
the first is the source and the second the target ("Indian and Chinese soldiers scuffled" had
both as joint sources of an act with no target; "brawled" had no event). Stop 53 lead, probes of
our own; these sentences are others."""

from __future__ import annotations

import pytest
from event_helpers import countries_of, event_on


@pytest.mark.slow
def test_two_sides_that_scuffle_are_source_and_target(analyse):
    event = event_on(
        analyse("Thai and Cambodian troops scuffled near the temple on Sunday."), "scuffled"
    )
    assert event is not None and event.plover_type == "ASSAULT", event
    assert countries_of(event.source) == {"THA"} and countries_of(event.target) == {"KHM"}, event


@pytest.mark.slow
def test_two_sides_that_brawl_use_force_on_each_other(analyse):
    text = "Eritrean and Ethiopian border guards brawled at a crossing point on Tuesday."
    event = event_on(analyse(text), "brawled")
    assert event is not None and event.plover_type == "ASSAULT", event
    assert countries_of(event.source) == {"ERI"} and countries_of(event.target) == {"ETH"}, event


@pytest.mark.slow
def test_a_side_that_scuffles_with_a_named_party_keeps_it_as_target(analyse):
    text = "Police scuffled with Kenyan opposition supporters outside parliament."
    event = event_on(analyse(text), "scuffled")
    assert event is not None and "supporters" in " ".join(m.text for m in event.target), event
