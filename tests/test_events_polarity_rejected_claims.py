"""A claim noun that a denial verb takes as its object was made: what is denied is its content
(round r12, fuse9; read from a fusion_own6 tune miss). Sentences are our own."""

from __future__ import annotations

import pytest
from event_helpers import token_named

from realpolitik.events.polarity import polarity_of


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # the accusation was made; its content is rejected
        ("Ruritania on Friday rejected Borduria's accusation that its trawlers had fished "
         "inside Ruritanian waters.", "accusation", "asserted"),
        ("The ministry dismissed the allegation of vote buying.", "allegation", "asserted"),
        # what the claim says stays denied
        ("Ruritania on Friday rejected claims that its navy had shelled the port.", "shelled",
         "denied"),
        # a denied act that is no claim stays denied
        ("Ruritania denied the attack on the port.", "attack", "denied"),
    ],
)
def test_a_rejected_claim_was_made_and_its_content_is_denied(nlp, sentence, trigger, expected):
    doc = nlp(sentence)
    assert polarity_of(token_named(doc, trigger)) == expected
