"""The act of an accusation or a blame told by a gerund the parser hangs on the verb's object
("accused Somali militants of kidnapping ...") is done by that object (`arguments.
_gerund_on_object`). Sentences written for the tests (stop 44, lead)."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events


def _sources(text, resources, trigger) -> list[str]:
    [event] = [e for e in pipeline_events(text, resources) if e.trigger == trigger]
    return [m.text for m in event.source]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("Tanzania accused Mozambican militants of kidnapping three traders in Mtwara.",
         "kidnapping", "Mozambican militants"),
        ("Chad accused Libyan rebels of kidnapping four gold miners in Tibesti.",
         "kidnapping", "Libyan rebels"),
        # the parser hangs this one's gerund on the verb (`_gerund_preposition`): unchanged
        ("Mozambique blamed Islamist insurgents for burning two churches near Mocimboa.",
         "burning", "Islamist insurgents"),
    ],
)  # fmt: skip
def test_the_accused_object_does_the_gerund_act(resources, text, trigger, doer):
    assert _sources(text, resources, trigger) == [doer]


@pytest.mark.slow
def test_an_object_that_is_no_party_gives_the_gerund_no_doer(resources):
    # "the practice" is no party: the gerund's doer is not taken from it
    sources = _sources(
        "Rights groups condemned the practice of detaining migrants at sea.", resources, "detaining"
    )
    assert "practice" not in sources
