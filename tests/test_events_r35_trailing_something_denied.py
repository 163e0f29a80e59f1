"""A trailing ", something X denies" stands for the clause before it as a claim noun does ("a
claim X denies"): the acts told before it are denied; "something" that no one denies, or that is
left open, denies nothing (`polarity._denied_by_trailing_claim`, `trailing_claim_pronouns`).
Sentences written for the tests (issue 9, stop 55, reader39; the class is stop 54's leftover "a
drone ... flying over the hill, something Kigali denies" and reader_own34 tune's "officers poured
their fish into the lake ..., something the Kyela police commander has denied")."""

from __future__ import annotations

import pytest
from event_helpers import token_named

from realpolitik.events.polarity import polarity_of

CASES = [
    (
        "Herders said soldiers burned three huts near the river on Sunday, something the army denies.",
        "burned",
        "denied",
    ),
    (
        "Residents say gunboats shelled the island overnight, something the defence ministry has denied.",
        "shelled",
        "denied",
    ),
    (
        "Fishermen said the patrol had seized their nets, something the interior ministry has flatly rejected.",
        "seized",
        "denied",
    ),
    # guards: a "something" no one denies, and one left open, deny nothing
    (
        "Soldiers burned three huts near the river on Sunday, something villagers had feared for weeks.",
        "burned",
        "asserted",
    ),
    (
        "Residents say gunboats shelled the island overnight, something officials neither confirmed nor denied.",
        "shelled",
        "asserted",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,trigger,expected", CASES)
def test_a_trailing_something_denied_denies_the_acts_before_it(nlp, sentence, trigger, expected):
    assert polarity_of(token_named(nlp(sentence), trigger)) == expected
