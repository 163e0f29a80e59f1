"""Things stolen, snatched, rustled or confiscated "from" people: the people are acted on (stop
62 lead; `arguments.yaml` `taking_verbs`, read by `arguments._taken_from`). Sentences written for
the test, not the probe sentences that prompted the class."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "victims"),
    [
        ("Raiders stole about 200 camels from nomads near Abeche on Friday.", "stole", "nomads"),
        ("Soldiers confiscated cameras from reporters outside the court in Harare.", "confiscated", "reporters"),
        ("Gunmen grabbed phones and cash from bus passengers near Kisangani.", "grabbed", "passengers"),
    ],
)  # fmt: skip
def test_the_people_something_is_taken_from_are_its_target(resources, text, trigger, victims):
    events = pipeline_events(text, resources)
    act = next(e for e in events if e.trigger.startswith(trigger))
    assert victims in {a.text.split()[-1] for a in act.target}


def test_a_place_things_are_taken_from_is_no_party(resources):
    text = "Looters stole generators from a warehouse in Beni, police said."
    events = pipeline_events(text, resources)
    act = next(e for e in events if e.trigger.startswith("stole"))
    assert all("warehouse" not in a.text for a in act.target)
