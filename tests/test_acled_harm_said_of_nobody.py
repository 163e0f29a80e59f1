"""A sentence that only says nobody was harmed ("Nobody was hurt, police said.") tells no act of
its own: the learned ACLED step added an assault on its root verb "said", an event of its own that
could join the story's other acts (round r36, fuse35: the brief's class left from stop 55, a
shooting's "nobody was hurt" read as an event). The harm word said of nobody is no act; the
shooting told before it stays. Sentences are our own."""

from __future__ import annotations

import pytest


def _in_sentence(mentions, words: str):
    return [m for m in mentions if words in m.sentence]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("Zambian soldiers opened fire on a fuel truck near Chirundu on Friday. Nobody was hurt, "
         "police said.", "Nobody was hurt"),
        ("Tanzanian rangers fired on a fishing canoe near Kigoma on Sunday. No one was hurt, the "
         "army said.", "No one was hurt"),
    ],
)
def test_a_sentence_that_says_nobody_was_harmed_adds_no_event(analyse, text, second) -> None:
    mentions = analyse(text)
    assert [m for m in mentions if m.plover_type == "ASSAULT" and second not in m.sentence]
    assert not [m for m in _in_sentence(mentions, second) if m.polarity == "asserted"]


def test_a_sentence_that_says_people_were_harmed_still_tells_the_harm(analyse) -> None:
    # guard: the harm done to someone named stays an act
    mentions = analyse(
        "Zambian soldiers opened fire on a fuel truck near Chirundu on Friday. Two drivers were "
        "hurt, police said."
    )
    assert [m for m in _in_sentence(mentions, "Two drivers") if m.plover_type == "ASSAULT"]
