"""A cheap first reader of the ACLED classifier, so that only the sentences it cannot decide are
embedded (issue 9's speed target, round 13).

The embedding model (`acled_model`, MiniLM int8) is about half of the events stage's CPU. The cheap
model reads what the parse already gives: the 41 context features (`acled_features`) and the
hashed lemma 1-2-grams (`acled_lexical`) of the same window, in a logistic regression over the same
labels, trained by `scripts/train_acled.py --cheap` on the same CASE tune part (seeded). Where its
top probability reaches the cascade threshold, its probabilities are the window's; elsewhere the
window is embedded and the embedding model decides, as before. The cheap model's C and the
threshold are chosen together by cross-validation on the tune part (`acled_cheap_model.json`).

Not shipped: round 13 measured it (docs/events-acled.md, "The cascade"): within the tune CV
tolerance the cheap model decides too few news windows (9% fewer sentences embedded on 150 bench
documents) to pay for itself, and lower thresholds cost CASE check F1. Without the weights file
(`scripts/train_acled.py --cheap` writes one) the cascade is off: every candidate window is
embedded, as before.
`REALPOLITIK_ACLED_CASCADE` overrides the threshold for measurements: a number (0: the cheap model
decides every window, no embedding at all), or `off` (embed every window).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from spacy.tokens import Span

from realpolitik.errors import RealpolitikError, UsageError
from realpolitik.events.acled_lexical import lexical_matrix
from realpolitik.events.lexicon import DATA_DIR

CHEAP_MODEL_FILE = DATA_DIR / "acled_cheap_model.npz"
CASCADE_ENV = "REALPOLITIK_ACLED_CASCADE"
OFF = float("inf")  # a threshold no probability reaches: every window is embedded


@dataclass(frozen=True)
class CheapWeights:
    coef: np.ndarray  # (labels, features + lexical buckets)
    intercept: np.ndarray  # (labels,)
    labels: tuple[str, ...]
    features: tuple[str, ...]
    feature_scale: float
    lexical_dim: int
    threshold: float  # the cascade threshold chosen by tune CV


@lru_cache(maxsize=1)
def load_cheap_weights() -> CheapWeights | None:
    """The cheap model's weights, or None when none are shipped (the cascade is then off)."""
    if not CHEAP_MODEL_FILE.is_file():
        return None
    with np.load(CHEAP_MODEL_FILE, allow_pickle=False) as z:
        w = CheapWeights(
            coef=z["coef"].astype(np.float32),
            intercept=z["intercept"].astype(np.float32),
            labels=tuple(str(s) for s in z["labels"]),
            features=tuple(str(s) for s in z["features"]),
            feature_scale=float(z["feature_scale"]),
            lexical_dim=int(z["lexical_dim"]),
            threshold=float(z["threshold"]),
        )
    from realpolitik.events.acled_features import FEATURES_FILE, feature_names

    if w.features != feature_names():
        raise RealpolitikError(
            f"{CHEAP_MODEL_FILE}: trained on other context features than {FEATURES_FILE} lists; "
            "run scripts/train_acled.py --cheap"
        )
    return w


def cascade_threshold() -> float:
    """The cheap model's top probability from which it decides a window alone (`OFF`: never)."""
    value = os.environ.get(CASCADE_ENV, "").strip().lower()
    w = load_cheap_weights()
    if value == "off" or w is None:
        return OFF
    if not value:
        return w.threshold
    try:
        return float(value)
    except ValueError:
        raise UsageError(f"{CASCADE_ENV}={value!r}: give a probability, or 'off'") from None


def cheap_rows(feats: np.ndarray, lexical: np.ndarray, feature_scale: float) -> np.ndarray:
    """The rows the cheap model reads: the context features times their factor, then the unit
    length lexical buckets (the training script builds its rows with this function too)."""
    return np.hstack([feature_scale * feats.astype(np.float32), lexical.astype(np.float32)])


def cheap_probabilities(
    passages: Sequence[Iterable[Span]], feats: np.ndarray, weights: CheapWeights
) -> np.ndarray:
    """Softmax over `weights.labels` for each passage (its context features given)."""
    lexical = lexical_matrix(passages, weights.lexical_dim)
    logits = cheap_rows(feats, lexical, weights.feature_scale) @ weights.coef.T + weights.intercept
    logits -= logits.max(axis=1, keepdims=True)
    e = np.exp(logits)
    return np.asarray(e / e.sum(axis=1, keepdims=True))
