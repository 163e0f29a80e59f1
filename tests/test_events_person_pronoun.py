"""A "He"/"She" subject names back the person last named as a sentence's subject (issue 9,
round r7, reader_own6 tune). Every text here was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


def test_he_names_back_the_person_named_as_the_last_subject(analyse):
    events = analyse(
        "Chief Kalonga Mbewe, an elder of the village, says soldiers looted his granary. "
        "He accuses the army of starving the district."
    )
    assert [m.text for m in event_on(events, "accuses").source] == ["Kalonga Mbewe"]


def test_she_after_a_subject_with_no_person_names_no_one(analyse):
    events = analyse(
        "The Ministry of Defence said the convoy was attacked near Goma. "
        "She denies that the army fired first."
    )
    assert event_on(events, "denies").source == []
