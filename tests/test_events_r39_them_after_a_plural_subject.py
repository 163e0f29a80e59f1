"""Round r39 (reader43), a class left from stop 58 (pronouns with no gender cue) and seen in
reader_own38 tune; every sentence here is made up for the test: an act whose direct object is
"them", with no party before it in its sentence for "them" to stand for, is aimed at the sentence
before's subject when a plural common noun names it. A singular subject ("The Somali minister")
is no antecedent of "them"."""

from __future__ import annotations

import pytest
from event_helpers import event_on


@pytest.mark.parametrize(
    ("text", "verb", "party"),
    [
        ("Herders from Garissa blocked the highway to Mandera on Sunday. Police asked them to leave the highway.", "asked", "Herders"),
        ("Somali fishermen landed at Lamu on Friday. Kenyan officers detained them the next day.", "detained", "Somali"),
    ],
)
def test_them_stands_for_the_plural_subject_of_the_sentence_before(analyse, text, verb, party):
    event = event_on(analyse(text), verb)
    assert any(party in a.text for a in event.target)


def test_them_does_not_stand_for_a_singular_subject(analyse):
    events = analyse("The Somali minister visited Lamu on Friday. Kenyan officers welcomed them at the port.")
    assert not any("minister" in a.text for a in event_on(events, "welcomed").target)


def test_them_does_not_stand_for_parties_named_inside_a_plural_subject(analyse):
    text = (
        "Relations between Lima and Quito have cooled since 2019. "
        "On Monday the ministry expelled two Ecuadorian diplomats and ordered them to leave."
    )
    assert not any("Lima" in a.text for a in event_on(analyse(text), "ordered").target)
