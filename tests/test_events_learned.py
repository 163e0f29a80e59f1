"""The learned type correction: the margin rule, the collector used for training, no weights."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from realpolitik.events import learned
from realpolitik.events.lexicon import TriggerType

pytestmark = pytest.mark.slow

LEXICON_TYPE = TriggerType("AID", None, "070", "verb")


def _model(favourite: str, margin: float, n_features: int) -> learned.Model:
    classes = learned.TYPES
    bias = np.array([5.0 if c == favourite else 0.0 for c in classes], dtype=np.float32)
    return learned.Model(
        weights=np.zeros((len(classes), n_features), dtype=np.float32),
        bias=bias,
        mean=np.zeros(n_features, dtype=np.float32),
        scale=np.ones(n_features, dtype=np.float32),
        classes=classes,
        margin=margin,
        cameo={"COERCE": "174"},
    )


@pytest.fixture
def sent_back(nlp):
    doc = nlp("The government sent the men back across the border.")
    return doc[2]


def test_events_learned_model_replaces_the_type_only_beyond_the_margin(sent_back, monkeypatch):
    n = learned.features(sent_back, LEXICON_TYPE, False, [], []).shape[0]
    monkeypatch.setattr(learned, "load_model", lambda: _model("COERCE", 0.5, n))
    new = learned.correct(LEXICON_TYPE, sent_back, False, [], [])
    assert (new.plover_type, new.cameo, new.origin) == ("COERCE", "174", "learned")
    assert isinstance(new, learned.LearnedType) and new.lexicon_type == "AID"
    assert new.specificity == LEXICON_TYPE.specificity
    monkeypatch.setattr(learned, "load_model", lambda: _model("COERCE", 1.5, n))
    assert learned.correct(LEXICON_TYPE, sent_back, False, [], []) is LEXICON_TYPE


def test_events_learned_collector_sees_features_and_changes_nothing(sent_back, monkeypatch):
    n = learned.features(sent_back, LEXICON_TYPE, False, [], []).shape[0]
    monkeypatch.setattr(learned, "load_model", lambda: _model("COERCE", 0.0, n))
    seen = []
    with learned.collect(lambda tok, ttype, x: seen.append((tok.i, ttype.plover_type, x.shape))):
        assert learned.correct(LEXICON_TYPE, sent_back, False, [], []) is LEXICON_TYPE
    assert seen == [(2, "AID", (n,))]


def test_events_learned_without_weights_the_lexicon_type_stands(tmp_path: Path, sent_back):
    assert learned.load_model(tmp_path / "none.npz") is None
