"""Issue 9, stop 72 (fuse51): a participle clause on the act's object places the act and its
people: "police arrested N traders protesting ... outside the city hall in <town>" was arrested in
the town, and the traders are of its country (`places.locate.sentence.object_participle_place`,
`participle_place`; `events.place_target.placed_group`). Before, the act had no place and the
people no country (fusion_own46 tune). Every sentence is made up for the test (made-up people,
real places)."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events


def _event(events, trigger: str):
    hits = [e for e in events if e.trigger.split()[0] == trigger]
    assert hits, [e.trigger for e in events]
    return hits[0]


@pytest.mark.parametrize(
    ("text", "trigger", "town", "country"),
    [
        ("Gendarmes detained twelve herders blocking the road near Kayes on Monday, a mayor said.",
         "detained", "Kayes", "MLI"),
        ("Riot police arrested 14 nurses picketing outside the health ministry in Bulawayo on "
         "Friday.", "arrested", "Bulawayo", "ZWE"),
        ("Troops arrested 40 squatters occupying a ranch near Kitale on Sunday.", "arrested",
         "Kitale", "KEN"),
    ],
)  # fmt: skip
def test_events_a_participle_on_the_object_places_the_act_and_its_people(
    resources, text, trigger, town, country
):
    event = _event(pipeline_events(text, resources), trigger)
    assert event.location is not None and event.location.name == town
    assert {m.country for m in event.target} == {country}


@pytest.mark.parametrize(
    ("text", "trigger", "town"),
    [
        # the act's own place stays the act's
        ("In Kakamega, police arrested ten teachers marching from Kisumu.", "arrested",
         "Kakamega"),
        # a statement about people somewhere is not made there
        ("The opposition leader Amina Wekesa denounced students marching in Kisumu on Monday.",
         "denounced", None),
    ],
)  # fmt: skip
def test_events_a_participle_on_the_object_leaves_other_places_alone(
    resources, text, trigger, town
):
    event = _event(pipeline_events(text, resources), trigger)
    assert (event.location.name if event.location else None) == town
