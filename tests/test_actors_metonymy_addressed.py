"""A capital that a verb of appeal addresses through "on" ("called on Beijing to ...") stands
for its government; one that something falls on is a place. Sentences written for this test."""

from __future__ import annotations

import pytest

from realpolitik.actors.metonymy import seat_is_actor

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "sentence,capital,acts",
    [
        ("Hanoi called on Beijing to withdraw the survey ship.", "Beijing", True),
        ("The envoy prevailed on Tehran to free the sailors.", "Tehran", True),
        ("Shells fell on Kharkiv overnight.", "Kharkiv", False),
        ("The delegates met on Monday in Beijing.", "Beijing", False),
    ],
)
def test_actors_capital_addressed_through_on_acts(nlp, sentence, capital, acts):
    doc = nlp(sentence)
    start = next(t.i for t in doc if t.text == capital)
    assert seat_is_actor(doc[start : start + 1]) is acts
