"""A protest, complaint or objection that a denial verb takes as its object was lodged: the
rejection answers it (round r13, fuse12; read from a fusion_own7 tune miss: "rejected the
Greek protest" told the protest as denied, so it could not join the report of its lodging).
Sentences are our own."""

from __future__ import annotations

import pytest
from event_helpers import token_named

from realpolitik.events.polarity import polarity_of


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Borduria on Thursday rejected the Ruritanian protest over the fishing ban.", "protest",
         "asserted"),
        ("The foreign ministry dismissed Zenda's complaint about the border fence.", "complaint",
         "asserted"),
        ("Osterlich rejected the objection its neighbour raised at the talks.", "objection",
         "asserted"),
        # a denied act that is no protest, complaint or claim stays denied
        ("Borduria denied the shelling of the border post.", "shelling", "denied"),
    ],
)
def test_a_rejected_protest_was_lodged(nlp, sentence, trigger, expected):
    doc = nlp(sentence)
    assert polarity_of(token_named(doc, trigger)) == expected
