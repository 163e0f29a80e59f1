"""The ACLED cascade (events/acled_cascade.py, round 13) on hand-made docs and weights: only the
windows the cheap model cannot decide are embedded, and without cheap weights nothing changes."""

from __future__ import annotations

import numpy as np
import pytest
import spacy
from spacy.tokens import Doc

import realpolitik.events.acled_cascade as cascade
import realpolitik.events.acled_typing as typing_
import realpolitik.events.embeddings as embeddings
from realpolitik.errors import UsageError
from realpolitik.events.acled_cascade import OFF, CheapWeights, cheap_probabilities, cheap_rows
from realpolitik.events.acled_features import feature_names
from realpolitik.events.acled_lexical import bucket


def _sentences(*sentences: list[str]) -> list:
    nlp = spacy.blank("en")
    words = [w for s in sentences for w in s]
    starts = [k == 0 for s in sentences for k in range(len(s))]
    doc = Doc(nlp.vocab, words=words, lemmas=[w.lower() for w in words], sent_starts=starts)
    return list(doc.sents)


def _weights(
    threshold: float, sure_word: str, doubt_word: str = "", dim: int = 64
) -> CheapWeights:
    """Two labels; a window with `sure_word` gets "Riot" with a probability near 1, unless it has
    `doubt_word` too (which weighs as much for "none"); any other window an even split (0.5),
    which no threshold above 0.5 lets through."""
    n_feats = len(feature_names())
    coef = np.zeros((2, n_feats + dim), dtype=np.float32)
    coef[0, n_feats + bucket(sure_word, dim)] = 40.0
    if doubt_word:
        coef[1, n_feats + bucket(doubt_word, dim)] = 40.0
    return CheapWeights(
        coef=coef,
        intercept=np.zeros(2, dtype=np.float32),
        labels=("Riot", "none"),
        features=feature_names(),
        feature_scale=1.0,
        lexical_dim=dim,
        threshold=threshold,
    )


@pytest.fixture
def embedded(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts given to the embedding model; the classifier behind it answers "none"."""
    seen: list[str] = []

    def fake_embed(texts):  # type: ignore[no-untyped-def]
        seen.extend(texts)
        return np.ones((len(texts), 384), dtype=np.float32), np.full(len(texts), 5)

    monkeypatch.setattr(embeddings, "embed_counted", fake_embed)
    monkeypatch.setattr(
        typing_, "label_dicts", lambda v, f, lex: [{"Riot": 0.1, "none": 0.9} for _ in v]
    )
    monkeypatch.delenv(cascade.CASCADE_ENV, raising=False)
    return seen


def test_a_window_the_cheap_model_is_sure_of_is_not_embedded_and_keeps_its_reading(
    embedded: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    sents = _sentences(["Crowds", "torched", "cars"], ["Talks", "resume"], ["Lunch", "follows"])
    monkeypatch.setattr(cascade, "load_cheap_weights", lambda: _weights(0.9, "torched"))
    probs = typing_.window_probabilities(sents, [0, 2])  # two windows, not neighbours
    assert probs[0]["Riot"] > 0.99  # the cheap model's reading
    assert probs[1] == {"Riot": 0.1, "none": 0.9}  # the embedding model's
    assert embedded == ["Lunch follows"]


def test_an_undecided_window_embeds_its_neighbours_too_so_it_reads_as_before(
    embedded: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    sents = _sentences(["Mobs", "torched", "shops"], ["Police", "arrived"], ["Officials", "came"])
    weights = _weights(0.9, "torched", doubt_word="came")
    monkeypatch.setattr(cascade, "load_cheap_weights", lambda: weights)
    probs = typing_.window_probabilities(sents, [0, 1, 2])
    assert probs[0]["Riot"] > 0.99  # sentences 0-1: sure of a riot
    assert probs[2]["none"] > 0.99  # sentences 1-2: sure of none
    assert probs[1] == {"Riot": 0.1, "none": 0.9}  # sentences 0-2: undecided, embedded whole
    assert sorted(embedded) == ["Mobs torched shops", "Officials came", "Police arrived"]


def test_without_cheap_weights_or_with_the_cascade_off_every_window_is_embedded(
    embedded: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    sents = _sentences(["Crowds", "torched", "cars"], ["Talks", "resume"])
    monkeypatch.setattr(cascade, "load_cheap_weights", lambda: None)
    typing_.window_probabilities(sents, [0, 1])
    assert len(embedded) == 2
    embedded.clear()
    monkeypatch.setattr(cascade, "load_cheap_weights", lambda: _weights(0.9, "torched"))
    monkeypatch.setenv(cascade.CASCADE_ENV, "off")
    typing_.window_probabilities(sents, [0, 1])
    assert len(embedded) == 2


def test_the_threshold_comes_from_the_weights_unless_the_environment_names_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(cascade, "load_cheap_weights", lambda: _weights(0.85, "x"))
    monkeypatch.delenv(cascade.CASCADE_ENV, raising=False)
    assert cascade.cascade_threshold() == pytest.approx(0.85)
    monkeypatch.setenv(cascade.CASCADE_ENV, "0")
    assert cascade.cascade_threshold() == 0.0
    monkeypatch.setenv(cascade.CASCADE_ENV, "OFF")
    assert cascade.cascade_threshold() == OFF
    monkeypatch.setenv(cascade.CASCADE_ENV, "often")
    with pytest.raises(UsageError):
        cascade.cascade_threshold()


def test_cheap_rows_scale_the_features_and_keep_the_lexical_buckets() -> None:
    rows = cheap_rows(np.array([[0.5, 1.0]]), np.array([[0.6, 0.8]]), 2.0)
    assert rows.tolist() == [[1.0, 2.0, pytest.approx(0.6), pytest.approx(0.8)]]


def test_cheap_probabilities_sum_to_one_per_window() -> None:
    sents = _sentences(["Crowds", "torched", "cars"], ["Talks", "resume"])
    passages = [[sents[0]], [sents[1]]]
    feats = np.zeros((2, len(feature_names())), dtype=np.float32)
    probs = cheap_probabilities(passages, feats, _weights(0.9, "torched"))
    assert probs.shape == (2, 2)
    assert np.allclose(probs.sum(axis=1), 1.0)
    assert probs[0, 0] > 0.99 and probs[1, 0] == pytest.approx(0.5)
