"""Extending a deadline or an ultimatum gives a party more time to meet a demand: a concession
(CAMEO 08), asked for or refused like any other act (issue 9, round r7, reader_own6 tune).
Every text here was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Kenya extended the deadline for the rebels to hand in their weapons.", "asserted"),
        ("The mediators asked Juba to extend the ultimatum by a week.", "intended"),
    ],
)
def test_extending_a_deadline_is_a_concession(analyse, text, polarity):
    extend = event_on(analyse(text), "extend" if "extend " in text else "extended")
    assert (extend.plover_type, extend.polarity) == ("CONCEDE", polarity)
