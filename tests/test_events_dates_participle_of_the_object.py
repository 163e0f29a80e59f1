"""A day word inside a present participle that describes the act's object ("shot at a canoe
carrying fish from Mfangano yesterday", "stopped a convoy bringing cattle to the market on
Wednesday") dates the act: the participle tells what the object was doing when the act met it, no
act of its own with a day of its own (round r37, fuse36: a report under "Tuesday, April 11" told
its shooting "yesterday" this way and the act took the report's Tuesday). A relative clause
with its own verb ("the strike they began on Tuesday") and a past participle ("a man arrested
on Monday") keep their day for their own verb. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import day_of

PUBLISHED = date(2041, 3, 7)  # a Thursday


def _day(nlp, sentence: str, trigger: str) -> tuple[str | None, bool]:
    return day_of(nlp, sentence, trigger, PUBLISHED)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Officers of the Kenyan marine police shot at a canoe carrying fish from Mfangano "
         "yesterday off Sindo, relatives said.", "shot", "2041-03-06"),
        ("Rangers fired on a boat ferrying charcoal across the lake yesterday, fishermen "
         "said.", "fired", "2041-03-06"),
        ("Gendarmes stopped a convoy bringing cattle to the market on Wednesday, herders said.",
         "stopped", "2041-03-06"),
    ],
)
def test_a_day_in_the_objects_present_participle_dates_the_act(nlp, sentence, trigger, expected):
    assert _day(nlp, sentence, trigger) == (expected, False)


def test_a_day_in_a_relative_clause_of_its_own_verb_stays_that_verbs(nlp) -> None:
    # guard: the strike was begun on Tuesday; the suspension has no day of its own
    start, from_document = _day(
        nlp, "The union suspended the strike it began on Tuesday, its leader said.", "suspended"
    )
    assert (start, from_document) == ("2041-03-07", True)
