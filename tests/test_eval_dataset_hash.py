"""The gate's dataset hash covers a scorer's own gold files, so an edited own set asks for a
re-baseline instead of being compared with a floor measured on other sentences."""

from pathlib import Path

import pytest

from realpolitik.eval import runner


@pytest.fixture
def eval_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shared = tmp_path / "shared"
    (shared / "data" / "plover").mkdir(parents=True)
    (shared / "data" / "plover" / "PLOVER_GSR_CAMEO.dev.json").write_text("[]", encoding="utf-8")
    package = tmp_path / "eval"
    (package / "gold").mkdir(parents=True)
    (package / "gold" / "plover_own.yaml").write_text("- text: Ministers met.\n", encoding="utf-8")
    monkeypatch.setattr(runner, "EVAL_DIR", package)
    return shared


def test_editing_an_own_gold_set_changes_its_scorers_hash(eval_dir: Path) -> None:
    before = runner.dataset_hash(eval_dir, "plover")
    gold = runner.EVAL_DIR / "gold" / "plover_own.yaml"
    gold.write_text("- text: Ministers met in Rome.\n", encoding="utf-8")
    assert runner.dataset_hash(eval_dir, "plover") != before


def test_adding_an_own_gold_set_changes_its_scorers_hash(eval_dir: Path) -> None:
    before = runner.dataset_hash(eval_dir, "plover")
    (runner.EVAL_DIR / "gold" / "plover_own2.yaml").write_text("- text: Troops left.\n", encoding="utf-8")
    assert runner.dataset_hash(eval_dir, "plover") != before


def test_another_scorers_own_set_leaves_the_hash_alone(eval_dir: Path) -> None:
    before = runner.dataset_hash(eval_dir, "plover")
    (runner.EVAL_DIR / "gold" / "acled_own.yaml").write_text("- text: Rebels shelled a town.\n", encoding="utf-8")
    assert runner.dataset_hash(eval_dir, "plover") == before
