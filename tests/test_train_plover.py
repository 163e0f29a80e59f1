"""The learned correction's training script: which gold is training material, how a type is
judged, and that cross-validation keeps the rules when a model has nothing to add."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import pytest

from realpolitik.eval.plover import own_sentences

pytestmark = pytest.mark.slow  # imports the pipeline


@pytest.fixture(scope="module")
def train() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "scripts" / "train_plover.py"
    spec = importlib.util.spec_from_file_location("train_plover", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_plover"] = module
    spec.loader.exec_module(module)
    return module


def test_train_plover_own_sets_train_on_their_tune_parts_only(train):
    rows = train.own_texts()
    assert {r["set"] for r in rows} == set(train.OWN_SETS)
    for name, path in train.OWN_SETS.items():
        parts = {s["id"]: s["part"] for s in own_sentences(path)}
        mine = [r for r in rows if r["set"] == name]
        assert len(mine) == len(parts)
        assert all((r["part"] == "train") == (parts[r["id"]] == "tune") for r in mine)


def test_train_plover_a_second_gold_type_counts_as_right(train):
    row = {"label": "AGREE", "types": ["AGREE", "CONCEDE"]}
    assert train._right(row, "CONCEDE") and not train._right(row, "ASSAULT")
    assert train._right({"label": "AID"}, "AID") and not train._right({"label": "AID"}, None)
    assert train._coop(row, "AID") and not train._coop(row, "ASSAULT")
    assert not train._coop(row, None)


def _rows(n: int, rng: np.random.Generator, label_of: Any) -> list[dict[str, Any]]:
    out = []
    for i in range(n):
        x = rng.normal(size=8).astype(np.float32)
        top = "AID" if i % 2 else "ASSAULT"
        x[0] = 1.0 if top == "AID" else -1.0
        out.append({"x": x, "top": top, "label": label_of(top, x), "set": "plover"})
    return out


def test_train_plover_cross_validation_keeps_the_rules_when_they_are_right(train):
    rng = np.random.default_rng(0)
    rows = _rows(60, rng, lambda top, x: top)  # the lexicon's type is always right
    setting, margin, hits = train._cross_validate([], rows, [{}])
    assert (setting, margin, hits) == ({}, max(train.MARGINS), 60)


def test_train_plover_cross_validation_lets_a_model_that_helps_act(train):
    rng = np.random.default_rng(0)
    # The right type follows a feature the lexicon does not read: the rules get half right.
    rows = _rows(80, rng, lambda top, x: "COERCE" if x[1] > 0 else top)
    rules = sum(r["label"] == r["top"] for r in rows)
    _, margin, hits = train._cross_validate([], rows, [{"c": 1.0}])
    assert margin < 1.0 and hits > rules


def test_train_plover_lexical_features_see_trigger_and_object_lemmas(train, nlp):
    doc = nlp("The army shelled the border town on Tuesday.")
    shelled, town = doc[2], doc[5]
    x = train.lexical_features(shelled)
    b = train.LEMMA_BUCKETS
    assert x.shape == (2 * b + doc.vocab.vectors_length,)
    assert x[:b].argmax() == train._lemma_bucket(shelled.lemma_).argmax()
    assert x[b : 2 * b].argmax() == train._lemma_bucket(town.lemma_).argmax()
    assert abs(float(np.linalg.norm(x[2 * b :])) - 1.0) < 1e-4  # the clause vector, unit length
