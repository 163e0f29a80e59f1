"""Actor classes of issue 9's fifth round, on sentences written for the test: member nouns of a
named actor ("fighters of the X movement") are that actor's people, not a generic actor of their
own; the common abbreviations of states name the state."""

from __future__ import annotations

import pytest
from actor_helpers import actors_in, by_text

pytestmark = pytest.mark.slow


def test_actors_round5_members_of_a_named_group_are_no_generic_actor(nlp):
    mentions, _ = actors_in(nlp, "Militants of Hezbollah fired mortars at the border post.")
    assert [m.text for m in mentions if m.how.startswith("generic")] == []
    assert by_text(mentions, "Hezbollah").sector is not None
    # a state's residents are not the state: they stay a generic actor
    mentions, _ = actors_in(nlp, "Residents of Chad fled across the border.")
    assert by_text(mentions, "Residents").how.startswith("generic")


def test_actors_round5_state_abbreviations_name_the_state(nlp):
    mentions, _ = actors_in(
        nlp, "The DRC and the KSA signed a mining accord, and the PRC objected."
    )
    assert by_text(mentions, "The DRC").actor_id == "COD"
    assert by_text(mentions, "KSA").actor_id == "SAU"
    assert by_text(mentions, "PRC").actor_id == "CHN"
