"""An arrival told with a participle of carrying relief goods hung on its own verb ("a navy
frigate arrived in Port Vila carrying food and generators", "transports arrived in Asuncion
bringing medicine") delivers them: AID, not forces readied or a visit (events/deployed_arrivals.py
`_loads_of_arrival`, round r41, plover59: own86 tune)."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_top

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "A French navy frigate arrived in Port Vila on Sunday carrying food, drinking water and generators for villagers left homeless, the embassy said.",
        "Two Brazilian air force transports arrived in Asuncion on Friday bringing medicine and blankets for families left homeless by the river, officials said.",
    ],
)
def test_an_arrival_carrying_relief_goods_is_aid(text, resources):
    assert pipeline_top(text, resources).plover_type == "AID"


def test_a_frigate_arriving_carrying_marines_stays_forces_readied(resources):
    # guard: what the arrival carries is no relief, so the warship's arrival is no aid
    text = "A French navy frigate arrived off Port Vila on Sunday carrying two hundred marines, the embassy said."
    assert pipeline_top(text, resources).plover_type != "AID"
