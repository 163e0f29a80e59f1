"""Actor class of issue 9's sixth round, on sentences written for the test: victims and
bystanders named only as people are generic civilians (coders' ---CVL)."""

from __future__ import annotations

import pytest
from actor_helpers import actors_in, by_text

pytestmark = pytest.mark.slow


def test_actors_round6_people_acted_on_are_generic_civilians(nlp):
    mentions, _ = actors_in(nlp, "The blast injured 40 people and two bystanders in Quetta.")
    for text in ("people", "bystanders"):
        m = by_text(mentions, text)
        assert (m.sector, m.how.startswith("generic")) == ("CVL", True)

