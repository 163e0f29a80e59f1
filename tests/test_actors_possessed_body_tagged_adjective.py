"""A state's body named by a word the tagger took for an adjective in a noun's slot ("Guinea's
junta freed ...": "junta" tagged ADJ) is that body of the state, as the same phrase tagged as a
noun already was (stop 56 lead, probes of our own; these sentences are others)."""

from __future__ import annotations

import pytest
from actor_helpers import actors_in, by_text

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Guinea's junta freed a jailed journalist on Friday.", "Guinea's junta", "GIN"),
        ("Niger's junta freed a jailed activist on Tuesday.", "Niger's junta", "NER"),
    ],
)
def test_a_possessed_junta_tagged_as_an_adjective_is_the_government(nlp, text, name, country):
    tagged = [t.pos_ for t in nlp(text) if t.text == "junta"]
    assert tagged == ["ADJ"]  # the case this pins: the tagger's adjective
    mention = by_text(actors_in(nlp, text)[0], name)
    assert (mention.country, mention.sector) == (country, "GOV")


def test_an_adjective_after_a_possessor_as_a_predicate_names_no_body(nlp):
    # guard: "Mali's army is ready" makes nothing of "ready"
    mentions, _ = actors_in(nlp, "Mali's army is ready to retake the town.")
    assert [m.text for m in mentions if "ready" in m.text] == []
