"""Taking, gaining or wresting control of ground is seizing it (COERCE 192), as "seized control"
and "regained control" read."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Islamist fighters took control of the port town of Mocimboa da Praia on Wednesday.",
        "Government troops gained control of Gao after two days of fighting.",
        "The militia wrested control of the oil terminal from a rival brigade.",
    ],
)
def test_control_of_ground_taken_is_a_seizure(resources, text):
    types = {e.plover_type for e in pipeline_events(text, resources)}
    assert "COERCE" in types, types
