"""Classes of phrasing of the PLOVER typing round r48 (plover66), on sentences written for the
tests (not the gold sentences that prompted them):

- "Armed with spears and clubs, a band of herders attacked ...": a past participle of arming or
  equipping with a "with" phrase and no subject, auxiliary or "by" doer of its own describes
  what its noun carries, no act of arming (`triggers.bearing_participle`).
- "After talks in Arusha, Tanzania and Uganda signed ...": the names the parser read as more
  places after a fronted phrase's "<town>," are the verb's subject
  (`nlp/fronted_subject_repair.py`).

Sentences written for the test, none from a gold set."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events, pipeline_top

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Armed with machetes and clubs, a gang of cattle thieves attacked a village near Moroto "
         "on Sunday, police said.", "gang"),
        ("Armed with spears and clubs, a band of herders attacked a village near Kapoeta on "
         "Monday, killing three people.", "herders"),
        ("Equipped with night-vision goggles and clubs, the commandos raided a rebel camp near "
         "Beni on Monday.", "commandos"),
    ],
)  # fmt: skip
def test_events_r48_arms_carried_are_no_arming(resources, text, source):
    events = pipeline_events(text, resources)
    assert not [e for e in events if e.plover_type == "COOPERATE"], text
    top = pipeline_top(text, resources)
    assert top.plover_type == "ASSAULT", text
    assert any(source in a.text for a in top.source), (text, [a.text for a in top.source])


def test_events_r48_arming_a_party_stays_cooperation(resources):
    top = pipeline_top("Russia armed the separatists with rifles and clubs, the report said.",
                       resources)  # fmt: skip
    assert top.plover_type == "COOPERATE"
    assert [a.text for a in top.source] == ["Russia"]


@pytest.mark.parametrize(
    ("text", "plover_type", "parties"),
    [
        ("After three rounds of talks in Port Louis, Mauritius and the Maldives agreed on Friday "
         "on a sea border, officials said.", "AGREE", {"MUS", "MDV"}),
        ("After talks in Arusha, Tanzania and Uganda signed a deal on an oil pipeline on Friday.",
         "SUPPORT", {"TZA", "UGA"}),
    ],
)  # fmt: skip
def test_events_r48_a_fronted_place_list_is_the_subject(resources, text, plover_type, parties):
    top = pipeline_top(text, resources)
    assert top.plover_type == plover_type, text
    found = {a.country for a in top.source + top.target}
    assert parties <= found, (text, found)


def test_events_r48_a_fronted_place_list_with_a_subject_stays(resources):
    top = pipeline_top("After talks in Nairobi, Kampala and Kigali, the two leaders agreed on "
                       "Friday to open a new rail link.", resources)  # fmt: skip
    assert top.plover_type == "AGREE"
    assert "Kampala" not in [a.text for a in top.source]
