"""The PLOVER actor-country scorer (model-backed: parses ~230 gold sentences)."""

from __future__ import annotations

import pytest

from realpolitik.eval.actors import score_actor_countries

pytestmark = pytest.mark.slow


def test_actors_eval_plover_country_accuracy(shared_dir):
    result = score_actor_countries(shared_dir / "data" / "plover")
    assert result["target_n"] > 200 and result["source_n"] > 200
    # Floors a little under the measured 0.855 / 0.871 (2025-06 KB): the issue asks >= 0.85.
    assert result["target_accuracy"] >= 0.85
    assert result["source_accuracy"] >= 0.83


def test_actors_eval_reports_tune_and_check_parts(shared_dir):
    result = score_actor_countries(shared_dir / "data" / "plover")
    for part in ("tune", "check"):
        assert result[part]["source_n"] > 100 and result[part]["target_n"] > 100
    assert result["tune"]["source_n"] + result["check"]["source_n"] == result["source_n"]
    assert result["check"]["target_accuracy"] >= 0.85 and result["check"]["source_accuracy"] >= 0.85
    assert "check_set" in result
