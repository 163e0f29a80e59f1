"""A town named by its bearing from another ("30 km east of Kalemie") or as the end of a road
("the road linking Beni and ...") is no party, whatever the tagger calls it. Stop 52 lead, probes
of our own; these sentences are others."""

from __future__ import annotations

import pytest
from actor_helpers import actors_in


@pytest.mark.slow
def test_town_named_by_its_bearing_is_no_party(nlp):
    mentions, _ = actors_in(nlp, "Insurgents attacked a health centre 30 km east of Kalemie.")
    assert "Kalemie" not in {m.text for m in mentions}, mentions


@pytest.mark.slow
def test_town_a_road_links_is_no_party(nlp):
    mentions, _ = actors_in(nlp, "Herders blocked the road linking Beni and Butembo for a day.")
    assert "Beni" not in {m.text for m in mentions}, mentions


@pytest.mark.slow
def test_person_named_after_of_with_no_bearing_is_still_a_party(nlp):
    mentions, _ = actors_in(nlp, "Supporters of Raila Odinga marched through Kisumu on Monday.")
    assert "Raila Odinga" in {m.text for m in mentions}, mentions
