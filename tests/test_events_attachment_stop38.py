"""Who did it, stop 38 (lead): an apposition the parser took for a second subject ("Moscow, long
the chief sponsor of the rebels, accused ...") restates its name; nothing inside it acts.
Sentences written for the test, not the seed sentence that showed the class."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow


def _event(events, plover_type):
    return next(e for e in events if e.plover_type == plover_type)


@pytest.mark.parametrize(
    ("text", "plover_type", "source"),
    [
        ("Moscow, long the chief sponsor of the rebels, accused Kyiv of shelling the power plant.",
         "ACCUSE", {"RUS"}),
        ("Officials said that Tehran, clearly the main backer of the militias, condemned the raid "
         "on Basra.", "ACCUSE", {"IRN"}),
    ],
)  # fmt: skip
def test_events_stop38_an_apposition_parsed_as_a_second_subject_does_not_act(
    resources, text, plover_type, source
):
    event = _event(pipeline_events(text, resources), plover_type)
    assert {m.country for m in event.source} == source


def test_events_stop38_two_coordinated_subjects_both_still_act(resources):
    text = "Chad and Niger, the two neighbours of the lake, agreed on joint patrols on Monday."
    event = next(e for e in pipeline_events(text, resources) if e.trigger.startswith("agreed"))
    assert {"TCD", "NER"} <= {m.country for m in event.source + event.target}
