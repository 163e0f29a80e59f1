"""A name opening with "The" names our own (curated) actor when the rest of it does: Phoenix
lists "The European Union", "The Eu", "The Islamic State" and "The Un" as organisations of their
own, so a sentence opening with the article named a second EU or UN (lead, stop 68; probe
sentences written as wire text, these are others)."""

from __future__ import annotations

import pytest

from realpolitik.actors import load_kb

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "actor_id"),
    [
        ("The EU", "org:european_union"),
        ("the European Union", "org:european_union"),
        ("The Islamic State", "org:islamic_state"),
        ("The UN", "org:united_nations"),
    ],
)
def test_a_name_after_the_article_is_our_own_actor(text, actor_id):
    assert load_kb().lookup(text)[0].actor_id == actor_id


def test_the_curated_actor_acts_in_a_sentence_opening_with_the_article(nlp):
    from actor_helpers import actors_in

    mentions, _ = actors_in(nlp, "The European Union froze the assets of four Belarusian firms.")
    assert [m.actor_id for m in mentions if m.actor_id.startswith("org:")] == [
        "org:european_union"
    ]


def test_a_name_with_no_curated_rest_is_unchanged():
    # guard: "The Netherlands" is the state, as before
    assert load_kb().lookup("The Netherlands")[0].actor_id == "NLD"
