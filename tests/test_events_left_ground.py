"""Armed bodies leaving ground pull back (RETREAT, CAMEO 087); anyone else leaving a place, or an
armed body leaving something that is not ground, keeps the verb's own reading
(`events/left_ground.py`). Sentences written for the tests (stop 42, lead; the class came from
probes with other sentences)."""

from __future__ import annotations

import pytest

from realpolitik.model import Document
from realpolitik.pipeline import analyse_documents

pytestmark = pytest.mark.slow


def _types(text, resources):
    doc = Document("t", "t", raw=text, text=text)
    events = analyse_documents([doc], resources)[0].event_mentions
    return {e.trigger: (e.plover_type, e.cameo_code) for e in events}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Ukrainian troops left Avdiivka in February after months of fighting.", "left"),
        ("The militants abandoned the village as the army advanced.", "abandoned"),
        ("A column of soldiers vacated the airport on Tuesday.", "vacated"),
        ("The garrison quit the hilltop base overnight.", "quit"),
    ],
)
def test_armed_bodies_leaving_ground_pull_back(resources, text, trigger):
    assert _types(text, resources)[trigger] == ("RETREAT", "087")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # not an armed body: a visit's end, a plan given up
        ("The foreign minister left Riyadh after two days of talks.", "left", "CONSULT"),
        ("The ministry abandoned the reform after the protests.", "abandoned", "CONCEDE"),
    ],
)
def test_others_leaving_keep_the_verbs_reading(resources, text, trigger, expected):
    assert _types(text, resources)[trigger][0] == expected


def test_an_armed_body_leaving_no_ground_keeps_the_verbs_reading(resources):
    # "the talks" is no ground: the reading of "leave" stands
    text = "The rebels left the talks in Doha without a deal."
    assert _types(text, resources).get("left", ("", ""))[0] != "RETREAT"
