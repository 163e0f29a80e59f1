"""A force the knowledge base knows by a name one state's force bears ("Royal Navy", "Royal Air
Force": Britain's) told with another state's demonym right before it ("the Thai Royal Navy", "the
Danish Royal Navy's frigate") is that state's force: the doer took Britain and the act lost its
source (issue 9, stop 71, args55: own107 tune)."""

from __future__ import annotations

from event_helpers import countries_of, pipeline_top


def test_a_demonym_before_a_named_navy_gives_its_state(resources):
    top = pipeline_top(
        "The Thai Royal Navy detained six Cambodian fishermen off Koh Kong on Monday.", resources
    )
    assert countries_of(top.source) == {"THA"}
    assert countries_of(top.target) == {"KHM"}


def test_a_demonym_before_a_named_force_in_a_possessive_chain(resources):
    top = pipeline_top(
        "Sailors from the Danish Royal Navy's frigate boarded a Russian tanker near Skagen on "
        "Friday.",
        resources,
    )
    assert countries_of(top.source) == {"DNK"}
    assert countries_of(top.target) == {"RUS"}


def test_a_demonym_before_a_named_air_force(resources):
    top = pipeline_top("The Saudi Royal Air Force bombed a camp in Saada on Tuesday.", resources)
    assert countries_of(top.source) == {"SAU"}


def test_the_named_force_alone_or_with_its_own_demonym_keeps_its_state(resources):
    # guards: the name alone, and with its own state's demonym, stay Britain's
    for text in (
        "The Royal Navy detained a French trawler off Jersey on Monday.",
        "The British Royal Navy detained a French trawler off Jersey on Monday.",
    ):
        top = pipeline_top(text, resources)
        assert countries_of(top.source) == {"GBR"}
        assert countries_of(top.target) == {"FRA"}
