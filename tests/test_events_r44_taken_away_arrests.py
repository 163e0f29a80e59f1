"""Issue 9, stop 64 (fuse43): a person taken, led, dragged or whisked away by police or soldiers
is arrested (COERCE, CAMEO 173), as a person "picked up" or "hauled off" is (`own_triggers.tsv`
"stop 64 (fuse43)" rows over the `@person` object slot). The bare verbs read a blow or a march:
"Their union leader was taken away by police" was ASSAULT and did not join the report of his
arrest (fusion_own37 tune). Things taken away keep their reading. Every sentence is made up for
the test."""

from __future__ import annotations

import pytest
from event_helpers import event_on, pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Two students were taken away by soldiers in the night, their parents said.", "taken"),
        ("Soldiers took away three farmers from the village on Monday.", "took"),
        ("The protesters were led away by officers in handcuffs.", "led"),
        ("Riot police dragged away two protesters from the square.", "dragged"),
        ("Police whisked away the opposition leader after the rally.", "whisked"),
    ],
)
def test_a_person_taken_away_is_arrested(resources, text, word):
    event = event_on(pipeline_events(text, resources), word)
    assert (event.plover_type, event.cameo_code) == ("COERCE", "173")


@pytest.mark.parametrize(
    "text",
    [
        "Officers took away his passport at the airport.",
        "The storm took away the roof of the school.",
    ],
)
def test_things_taken_away_are_no_arrest(resources, text):
    # guard: no person taken, no arrest (today neither sentence reads an event)
    assert not any(e.plover_type == "COERCE" for e in pipeline_events(text, resources))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Gunmen led away four villagers into the forest, residents said.", "led"),
        ("Two women were taken away by kidnappers on Sunday.", "taken"),
    ],
)
def test_people_taken_away_by_captors_are_abducted(resources, text, word):
    # guard: captors who are no state force abduct (today the bare verbs read a blow)
    assert event_on(pipeline_events(text, resources), word).plover_type == "ASSAULT"
