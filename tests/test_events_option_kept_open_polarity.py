"""An act under a negated "rule out" or under "refused to rule out" is kept open, a possibility
(hypothetical), not an act the text says was not done; under a plain "ruled out" it is negated
(lead, stop 42). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import token_named

from realpolitik.events.polarity import polarity_of

CASES = [
    # the option kept open: negated "rule out" / "exclude", or a refusal to rule it out
    ("Ankara has not ruled out a ground operation in northern Iraq.", "operation", "hypothetical"),
    ("The cabinet did not rule out expelling the ambassador.", "expelling", "hypothetical"),
    ("Seoul would not exclude sanctions on the shipping firms.", "sanctions", "hypothetical"),
    ("The junta refused to rule out a raid on the rebel camps.", "raid", "hypothetical"),
    ("Tehran declined to rule out a closure of the strait.", "closure", "hypothetical"),
    # the option ruled out: the act is not done
    ("Ankara ruled out a ground operation in northern Iraq.", "operation", "negated"),
    ("The cabinet ruled out expelling the ambassador.", "expelling", "negated"),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,trigger,expected", CASES)
def test_an_option_kept_open_is_hypothetical_and_one_ruled_out_negated(
    nlp, sentence, trigger, expected
):
    assert polarity_of(token_named(nlp(sentence), trigger)) == expected
