"""The synthetic-story scorer's split and sample: fixed by hashes, so every run reads the same."""

from __future__ import annotations

import csv
import gzip
from pathlib import Path

import pytest

from realpolitik.errors import UsageError
from realpolitik.eval.synthetic import first_sentence, sample, synthetic_stories, template_part


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    with gzip.open(path, "wt", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["text", "title", "label", "mode"])
        w.writeheader()
        w.writerows(rows)
    return path


def test_eval_synthetic_split_is_by_headline_template(tmp_path: Path):
    template = "{country_1} Condemns {country_2} Over Border Raid"
    rows = [
        {"text": f"{c} condemned the raid on Tuesday. More text.", "title": template,
         "label": "ACCUSE", "mode": ""}
        for c in ("Chile", "Peru", "Laos")
    ]  # fmt: skip
    stories = synthetic_stories(_write(tmp_path / "s.csv.gz", rows))
    assert [s["text"] for s in stories][0] == "Chile condemned the raid on Tuesday."
    assert {s["part"] for s in stories} == {template_part(template)}
    parts = {template_part(f"Template {i}") for i in range(40)}
    assert parts == {"tune", "held_apart"}


def test_eval_synthetic_sample_is_fixed_and_per_part():
    stories = [
        {"id": f"ngec{i}", "text": "A sentence.", "label": "AID",
         "part": "tune" if i % 4 else "held_apart"}
        for i in range(40)
    ]  # fmt: skip
    first = sample(stories, 5, 2)
    assert first == sample(list(reversed(stories)), 5, 2)
    assert [s["part"] for s in first] == ["tune"] * 5 + ["held_apart"] * 2
    assert len(sample(stories, 0, 0)) == 40


def test_eval_synthetic_missing_file_is_a_usage_error(tmp_path: Path):
    with pytest.raises(UsageError, match="missing"):
        synthetic_stories(tmp_path / "nope.csv.gz")


def test_eval_synthetic_first_sentence_does_not_end_on_an_abbreviation():
    text = "The U.S. Navy and Gov. Ortiz met in Ponce on Nov. 3 to plan the drill.\n\nMore text."
    assert first_sentence(text) == (
        "The U.S. Navy and Gov. Ortiz met in Ponce on Nov. 3 to plan the drill."
    )
    assert first_sentence("Too short.") == ""
