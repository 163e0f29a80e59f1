"""Actor classes of issue 9's sixth round, on sentences written for the test: victims and
bystanders named only as people are generic civilians (coders' ---CVL); a lower-case Arabic
article glued to a capitalised word ("al-Shabaab") starts a name the knowledge base can match."""

from __future__ import annotations

import pytest
from actor_helpers import actors_in, by_text

pytestmark = pytest.mark.slow


def test_actors_round6_people_acted_on_are_generic_civilians(nlp):
    mentions, _ = actors_in(nlp, "The blast injured 40 people and two bystanders in Quetta.")
    for text in ("people", "bystanders"):
        m = by_text(mentions, text)
        assert (m.sector, m.how.startswith("generic")) == ("CVL", True)


def test_actors_round6_lower_case_arabic_article_starts_a_name(nlp):
    mentions, _ = actors_in(nlp, "Witnesses said al-Shabaab gunmen stormed a hotel in Kismayo.")
    assert any(m.actor_id == "org:al_shabaab" for m in mentions)
    # a lower-case word that is no article, or an article not glued to a name, starts none
    mentions, _ = actors_in(nlp, "Talks were held at al - Shabaab's request, sources said.")
    assert not any(m.text.startswith("al") for m in mentions)
