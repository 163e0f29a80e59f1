"""A threat with a condition is aimed at the party whose act would set it off, not at whom that
act would hit, also when that party is a group of no state ("if bandits ambushed soldiers")."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "aimed_at", "hit"),
    [
        (
            "Kenya's president vowed to hit back if Islamist fighters attacked Kenyan troops again.",
            "islamist fighters",
            "kenyan troops",
        ),
        (
            "Nigeria's army chief vowed to strike back if bandits ambushed Nigerian soldiers.",
            "bandits",
            "nigerian soldiers",
        ),
    ],
)
def test_a_conditioned_threat_is_aimed_at_whom_would_set_it_off(resources, text, aimed_at, hit):
    threats = [e for e in pipeline_events(text, resources) if e.plover_type == "THREATEN"]
    assert threats, text
    targets = [m.text.lower() for m in threats[0].target]
    assert any(aimed_at in t for t in targets), targets
    assert not any(hit in t for t in targets), targets
