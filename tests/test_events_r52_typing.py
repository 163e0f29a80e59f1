"""Classes of phrasing of the PLOVER typing round r52 (plover70), on sentences written for the
tests (not the gold sentences that prompted them):

- the premises of armed forces or police set on fire ("set fire to a police post", "torched an
  army outpost", "burned the barracks") are an attack on those forces (ASSAULT, CAMEO 1712), where
  "set fire to" and "torch" read COERCE destroy; civil offices and tyres set on fire keep it
  (`triggers._arson`, `triggers.FORCES_PREMISES`, `own_triggers.tsv` "burn" rows).

Sentences written for the test, none from a gold set."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_top

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Insurgents set fire to a police post outside Kandi on Saturday, the governor said.",
        "Rebels set fire to an army checkpoint on the road to Bria before dawn, officials said.",
        "Gunmen torched a border outpost near Kousseri overnight, a security source said.",
        "Armed men burned the gendarmerie barracks at Fada on Monday, residents said.",
    ],
)
def test_events_forces_premises_set_on_fire_is_assault(resources, text):
    top = pipeline_top(text, resources)
    assert top.plover_type == "ASSAULT", (text, top.plover_type)


@pytest.mark.parametrize(
    "text",
    [
        # civil offices burnt keep PLOVER 0.5's COERCE destroy (the gold's reading)
        "Settlers set fire to the offices of the village council overnight, residents said.",
        # tyres burnt at a checkpoint are not the checkpoint burnt
        "Youths set fire to tyres at a checkpoint on the highway on Friday, police said.",
    ],
)
def test_events_other_things_set_on_fire_keep_their_reading(resources, text):
    top = pipeline_top(text, resources)
    assert top.plover_type == "COERCE", (text, top.plover_type)
