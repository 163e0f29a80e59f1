"""An act named as what another act reacts to takes no date from the reaction's clause (issue 9,
round r9, fuse4; read from fusion_own3 tune misses: "condemned the ban on Tuesday", "called the
arrest political and said it would rally on Sunday"). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import token_named

from realpolitik.events.dates import resolve_date

FRIDAY = date(2025, 1, 17)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # the reaction's day is not the act's: the act takes its document's date
        ("The opposition on Thursday denounced the raid on its offices.", "raid", (FRIDAY, True)),
        ("The union called the dismissals unlawful and said it would strike on Monday.",
         "dismissals", (FRIDAY, True)),
        ("Rights groups on Wednesday protested over the expulsion.", "expulsion", (FRIDAY, True)),
        # a date after the object on the reaction's verb is left open, and read as the act's
        ("The group welcomed the release of the mayor on Sunday.", "release",
         (date(2025, 1, 12), False)),
        # a date of the act's own still dates it
        ("The opposition on Thursday denounced Monday's raid on its offices.", "raid",
         (date(2025, 1, 13), False)),
        # the reaction keeps its own day
        ("The opposition on Thursday denounced the raid on its offices.", "denounced",
         (date(2025, 1, 16), False)),
        # taking a side on an earlier act is a reaction (round r11, fuse8)
        ("The council on Thursday endorsed the mayor's accusation against the port.",
         "accusation", (FRIDAY, True)),
        ("Two unions on Wednesday backed the boycott of the ferry line.", "boycott",
         (FRIDAY, True)),
        # a noun of a verb that is no reaction still takes its verb's date
        ("The rebels carried out the attack on Tuesday.", "attack", (date(2025, 1, 14), False)),
    ],
)
def test_a_reaction_lends_no_date_to_the_act_it_reacts_to(nlp, sentence, trigger, expected):
    doc = nlp(sentence)
    info = resolve_date(next(iter(doc.sents)), token_named(doc, trigger), FRIDAY)
    day, from_document = expected
    assert (info.start, info.from_document) == (day.isoformat(), from_document)
