"""A state's force named by role alone takes no country from the nationality of the craft or
people it acts on ("The navy seized a Vietnamese trawler" is not Viet Nam's navy), as an armed
group takes none from its victims. Lead, stop 60, probe sentences of our own; these sentences
are others."""

from __future__ import annotations

import pytest
from actor_helpers import actors_in, by_text


@pytest.mark.slow
def test_coast_guard_is_not_the_flag_state_of_the_boat_it_impounds(nlp):
    mentions, _ = actors_in(nlp, "The coast guard impounded a Sri Lankan long-liner on Sunday.")
    assert by_text(mentions, "coast guard").country != "LKA"


@pytest.mark.slow
def test_border_police_are_not_the_home_of_the_people_they_detain(nlp):
    mentions, _ = actors_in(nlp, "Border police detained three Afghan nationals on Thursday.")
    assert by_text(mentions, "Border police").country != "AFG"


@pytest.mark.slow
def test_a_place_still_gives_the_force_its_country(nlp):
    mentions, _ = actors_in(nlp, "Police in Nairobi arrested three Somali traders on Friday.")
    assert by_text(mentions, "Police").country == "KEN"
