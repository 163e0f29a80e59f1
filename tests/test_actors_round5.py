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


def test_actors_round5_title_before_a_name_gives_the_sector(nlp):
    text = "Malawian Mines Minister Kondwani Phiri met Canadian negotiator Ellen Brock in Lilongwe."
    mentions, _ = actors_in(nlp, text)
    minister = by_text(mentions, "Malawian Mines Minister Kondwani Phiri")
    assert (minister.country, minister.sector) == ("MWI", "GOV")
    negotiator = by_text(mentions, "Canadian negotiator Ellen Brock")
    assert (negotiator.country, negotiator.sector) == ("CAN", "GOV")


def test_actors_round5_named_modifier_of_a_role_noun_is_the_party(nlp):
    # "Hezbollah mediators" are Hezbollah's: no generic "mediators" beside the named group
    mentions, _ = actors_in(nlp, "Qatari officials met Hezbollah mediators in Doha.")
    assert [m.text for m in mentions if m.text == "mediators"] == []
    assert by_text(mentions, "Hezbollah").sector == "REB"
    # a state's or an international organisation's people stay generic parties
    mentions, _ = actors_in(nlp, "UN mediators met the rebels in Goma.")
    assert by_text(mentions, "mediators").how.startswith("generic")


def test_actors_round5_institution_a_building_is_named_for_is_the_party_acted_on(nlp):
    mentions, _ = actors_in(nlp, "Bandits burned an army barracks and looted a police post.")
    assert by_text(mentions, "army").sector == "MIL"
    assert by_text(mentions, "police").sector == "COP"
