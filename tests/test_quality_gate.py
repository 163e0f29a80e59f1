"""The quality gate: every dev-set score stays at or above its floor in eval/baseline.json."""

import pytest

from realpolitik.eval.runner import gate, load_baseline


def test_quality_gate_baseline_lowerings_state_a_reason():
    for entry in load_baseline().get("history", []):
        lowered = [k for k, c in entry["changes"].items() if c["to"] < c["from"]]
        if lowered:
            assert entry["reason"] and entry["reason"] != "raised to the measured score", lowered


@pytest.mark.slow
def test_quality_gate_every_score_meets_its_floor(shared_dir):
    outcome = gate(str(shared_dir))
    failures = [r for r in outcome["results"] if not r["ok"]]
    assert not failures, failures
