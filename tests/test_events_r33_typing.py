"""Classes of phrasing of the PLOVER typing round r33 (plover51), on sentences written for the
tests (not the gold sentences that prompted them): property destroyed by an attack or a weapon
("the shelling destroyed a clinic", "a school was destroyed in an air strike") is the attack
(ASSAULT), while a demolition by a party keeps its reading (COERCE destroy)."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_top

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "The overnight shelling of the village by government artillery destroyed a clinic and a "
        "mosque, residents said.",
        "A grain silo was destroyed in an air strike near Kherson on Sunday, the governor said.",
        "Two rockets fired from across the border destroyed a warehouse in Kiryat Shmona.",
    ],
)
def test_events_r33_property_destroyed_by_an_attack_is_an_assault(resources, text):
    top = pipeline_top(text, resources)
    assert top.plover_type == "ASSAULT"


def test_events_r33_demolition_by_a_party_stays_coercion(resources):
    top = pipeline_top(
        "Municipal bulldozers destroyed eleven shops built without permits in Tirana, the city "
        "hall said.",
        resources,
    )
    assert (top.plover_type, top.plover_mode) == ("COERCE", "destroy")
