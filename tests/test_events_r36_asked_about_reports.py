"""An act in a claim noun's clause ("reports that ...") that is the object of "about" / "on" under
a verb of asking or commenting is only mentioned, not told as done: hypothetical
(`polarity._claim_asked_about`, `claim_inquiry_verbs`, `claim_inquiry_prepositions`). Reports
confirmed keep their act asserted. Sentences written for the tests (issue 9, stop 56, reader40;
the class is stop 55's leftover "Asked about reports that two navy launches had been moved" and
reader_own35 tune's "has not commented on reports that ...")."""

from __future__ import annotations

import pytest
from event_helpers import token_named

from realpolitik.events.polarity import polarity_of

CASES = [
    (
        "The defence ministry has not commented on reports that two gunboats were sent to the lake overnight.",
        "sent",
        "hypothetical",
    ),
    (
        "Asked about reports that troops had shelled the village, the minister said the border was calm.",
        "shelled",
        "hypothetical",
    ),
    (
        "The spokesman was asked on Monday about reports that the army had seized three fishing boats.",
        "seized",
        "hypothetical",
    ),
    (
        "The minister commented on reports that the army had seized three fishing boats.",
        "seized",
        "hypothetical",
    ),
    # guard: reports confirmed are told as done
    (
        "The defence ministry confirmed reports that two gunboats were sent to the lake overnight.",
        "sent",
        "asserted",
    ),
]


@pytest.mark.parametrize(("text", "word", "expected"), CASES)
def test_an_act_in_reports_asked_about_is_not_told_as_done(nlp, text, word, expected):
    assert polarity_of(token_named(nlp(text), word)) == expected
