"""An obligation in a conjunct with no subject of its own ("X had no right to ... and should
first withdraw ...") lays the obligation on the subject it shares with the first conjunct: that
party is the one asked (the target), as in "X should withdraw", not the asker
(`arguments.obligation_arguments`). Sentences written for the tests (issue 9, stop 55,
reader39; the class came from reader_own34 tune: "Malawi, he said, had no right to license
companies ... and should first withdraw the ... licence" read Malawi as the one asking)."""

from __future__ import annotations

import pytest
from event_helpers import event_on, events_with_actors


def _names(mentions) -> set[str]:
    return {m.text for m in mentions}


CASES = [
    (
        "Kenya, the minister said, had no right to send troops and should first withdraw them from the island.",
        "withdraw",
        "Kenya",
    ),
    (
        "Guatemala has ignored the court and must return the seized nets, the Belizean foreign minister said.",
        "return",
        "Guatemala",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,trigger,asked", CASES)
def test_an_obligation_in_a_conjunct_is_laid_on_the_shared_subject(nlp, sentence, trigger, asked):
    actors = [(asked, "XXX", "GOV")]
    event = event_on(events_with_actors(nlp, sentence, *actors), trigger)
    assert event.plover_type == "REQUEST"
    assert asked in _names(event.target) and asked not in _names(event.source)


@pytest.mark.slow
def test_a_conjunct_with_no_obligation_keeps_its_doer(nlp):
    # guard: a conjunct told as done keeps the shared subject as its doer
    sentence = "Kenya has ignored the court and sent more troops to the island, the minister said."
    event = event_on(events_with_actors(nlp, sentence, ("Kenya", "KEN", "GOV")), "sent")
    assert "Kenya" in _names(event.source)
