""""border security" after a talk ("talks on border security", "discussed border security") is
a topic, not a force: the role index's phrase (from Phoenix) made it the other party of the talks
(lead, stop 70; probe sentences written as wire text, these are others). A force is named by
"forces" after it, which stays a party."""

from __future__ import annotations

import pytest
from event_helpers import event_on as _on
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow


def test_talks_on_border_security_have_the_delegation_as_target(resources):
    text = "Kazakh officials held talks on border security with a Kyrgyz delegation in Almaty."
    e = _on(pipeline_events(text, resources), "held")
    assert [m.country for m in e.target] == ["KGZ"]


@pytest.mark.parametrize(
    "text",
    [
        "The two interior ministers held talks on border security in Almaty on Wednesday.",
        "The visiting minister and his host discussed border security and drug trafficking in "
        "Osh.",
    ],
)
def test_border_security_talked_about_is_no_party(resources, text):
    events = pipeline_events(text, resources)
    assert events
    assert not [m.text for e in events for m in (*e.source, *e.target) if "security" in m.text]


def test_border_security_forces_stay_a_party(resources):
    # guard: the force's own noun heads the phrase
    text = "Border security forces fired on smugglers near the crossing on Sunday."
    e = _on(pipeline_events(text, resources), "fired")
    assert [m.text for m in e.source] == ["Border security forces"]
