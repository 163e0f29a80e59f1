"""A past participle on the subject of another verb ("The three fishermen detained near the lake
were freed on Sunday") tells an earlier act of its own: the day hung on the main verb is the
release's, not the detention's. The participle took it, and the same arrest told by another
outlet on its own day stayed apart (issue 9, stop 61, fuse40: fusion_own35 tune, "Two men
arrested after the first attack were charged on Friday"). A day inside the participle ("A trader
arrested on Monday was freed on Thursday") is its own. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import day_of

PUBLISHED = date(2041, 3, 7)  # a Thursday


def _day(nlp, sentence: str, trigger: str) -> tuple[str | None, bool]:
    return day_of(nlp, sentence, trigger, PUBLISHED)


@pytest.mark.parametrize(
    ("sentence", "trigger", "main_day"),
    [
        ("The three fishermen detained near the lake were freed on Sunday, relatives said.",
         "detained", "2041-03-03"),
        ("The two students arrested during the march were charged on Tuesday, a lawyer said.",
         "arrested", "2041-03-05"),
    ],
)
def test_the_main_verbs_day_does_not_date_the_subjects_past_participle(
    nlp, sentence, trigger, main_day
):
    day, _ = _day(nlp, sentence, trigger)
    assert day != main_day


def test_a_day_inside_the_past_participle_still_dates_it(nlp):
    # guard: the participle's own day is its own
    sentence = "A trader arrested on Monday was freed on Wednesday, police said."
    assert _day(nlp, sentence, "arrested") == ("2041-03-04", False)
    assert _day(nlp, sentence, "freed") == ("2041-03-06", False)
