"""Actor classes of the round on our second own article set (`reader_own2`, issue 9, r4), on
sentences written for the test: religious leaders are a party (sector REL), and members of a
parliament called deputies are legislators (LEG; of the opposition, OPP), not sheriff's deputies
(police)."""

from __future__ import annotations

import pytest
from actor_helpers import actors_in, by_text

pytestmark = pytest.mark.slow


def test_actors_reader_own2_religious_leaders_are_a_party(nlp):
    mentions, _ = actors_in(nlp, "Church leaders in Harare demanded the release of the nurses.")
    assert by_text(mentions, "Church leaders").sector == "REL"
    mentions, _ = actors_in(nlp, "Religious leaders in Lagos called for restraint.")
    assert by_text(mentions, "Religious leaders").sector == "REL"


def test_actors_reader_own2_deputies_are_legislators_not_police(nlp):
    mentions, _ = actors_in(nlp, "Deputies of the ruling party rejected the budget on Tuesday.")
    assert by_text(mentions, "Deputies").sector == "LEG"
    mentions, _ = actors_in(
        nlp, "Several opposition deputies in the Kenyan parliament accused the president of fraud."
    )
    assert by_text(mentions, "opposition deputies").sector == "OPP"
