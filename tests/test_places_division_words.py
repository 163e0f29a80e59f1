"""A division named before its lower-case word ("in the Tahoua region", "Niger's Diffa region",
"the Sool region") is a place, read as the division, and its name is no party. Stop 51 lead,
probes of our own; these sentences are others."""

from __future__ import annotations

import pytest
from actor_helpers import actors_in
from locate_helpers import located_events
from place_helpers import places_by_text


@pytest.mark.slow
def test_division_before_its_word_is_the_place_of_the_act(nlp):
    text = "Jihadists burned a health centre in the Tahoua region, officials said."
    located = located_events(nlp, text, ("Jihadists", "NER", "REB"))
    assert located["burned"] is not None and located["burned"][1] == "admin1", located


@pytest.mark.slow
def test_division_after_a_possessive_country_is_found(nlp):
    found = places_by_text(nlp, "Attackers killed four herders in Niger's Diffa region on Monday.")
    assert "Diffa" in found and found["Diffa"].country == "NER", found


@pytest.mark.slow
def test_region_word_picks_the_only_division_over_a_town_abroad(nlp):
    found = places_by_text(nlp, "A drone strike hit a camp in the Gedo region on Friday.")
    assert found["Gedo"].country == "SOM" and found["Gedo"].precision == "admin1", found


@pytest.mark.slow
def test_division_name_before_its_word_is_no_party(nlp):
    mentions, _ = actors_in(nlp, "Fighters attacked an army base in the Sool region overnight.")
    assert "Sool" not in {m.text for m in mentions}, [m.text for m in mentions]


@pytest.mark.slow
def test_town_with_no_division_word_keeps_its_town_reading(nlp):
    found = places_by_text(nlp, "Jihadists burned a health centre in Tahoua on Sunday.")
    assert found["Tahoua"].precision != "admin1", found
