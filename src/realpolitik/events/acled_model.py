"""The learned ACLED sub-event classifier: MiniLM sentence embedding + structured context
features (`acled_features`) -> logistic regression.

Weights (`data/events/acled_model.npz`, a few tens of KB) are written by `scripts/train_acled.py`
from the CASE 2021 dev half's tune part; `acled_model.json` records how (see
docs/events-acled.md). Labels are the 25 ACLED sub-event types and "none" (news that is no
ACLED event: diplomacy, crime, disasters, claims of responsibility). Loaded once per process, on
first use.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from realpolitik.errors import RealpolitikError
from realpolitik.events.lexicon import DATA_DIR

MODEL_FILE = DATA_DIR / "acled_model.npz"
META_FILE = DATA_DIR / "acled_model.json"
NONE = "none"


@dataclass(frozen=True)
class Weights:
    coef: np.ndarray  # (labels, 384 + features)
    intercept: np.ndarray  # (labels,)
    labels: tuple[str, ...]
    # The context features the model reads after the embedding (`acled_features`, in this
    # order), and the factor they were multiplied by in training (chosen by tune CV).
    features: tuple[str, ...] = ()
    feature_scale: float = 0.0
    # Hashed lemma 1-2-gram buckets read after the features (`acled_lexical`; 0: none) and
    # their factor (round 6).
    lexical_dim: int = 0
    lexical_scale: float = 0.0


@dataclass(frozen=True)
class Prediction:
    label: str  # an ACLED sub-event type, or "none"
    probability: float
    none_probability: float


@lru_cache(maxsize=1)
def load_weights() -> Weights:
    if not MODEL_FILE.is_file():
        raise RealpolitikError(
            f"{MODEL_FILE}: ACLED classifier weights missing; run scripts/train_acled.py"
        )
    with np.load(MODEL_FILE, allow_pickle=False) as z:
        w = Weights(
            coef=z["coef"].astype(np.float32),
            intercept=z["intercept"].astype(np.float32),
            labels=tuple(str(s) for s in z["labels"]),
            features=tuple(str(s) for s in z["features"]) if "features" in z else (),
            feature_scale=float(z["feature_scale"]) if "feature_scale" in z else 0.0,
            lexical_dim=int(z["lexical_dim"]) if "lexical_dim" in z else 0,
            lexical_scale=float(z["lexical_scale"]) if "lexical_scale" in z else 0.0,
        )
    from realpolitik.events.acled_features import FEATURES_FILE, feature_names

    if w.features and w.features != feature_names():
        raise RealpolitikError(
            f"{MODEL_FILE}: trained on other context features than {FEATURES_FILE} lists; "
            "run scripts/train_acled.py"
        )
    return w


def lexical_dim() -> int:
    """How many hashed lexical buckets the loaded model reads (0: none)."""
    return load_weights().lexical_dim


def model_inputs(
    vectors: np.ndarray,
    feats: np.ndarray | None,
    weights: Weights | None = None,
    lexical: np.ndarray | None = None,
) -> np.ndarray:
    """The rows the model reads: each embedding followed by its scaled context features and
    (when the model has them) its scaled hashed lexical buckets."""
    w = weights or load_weights()
    if not w.features:
        return vectors
    if feats is None or feats.shape != (len(vectors), len(w.features)):
        raise RealpolitikError(
            f"{MODEL_FILE}: the model reads {len(w.features)} context features per passage"
        )
    parts = [vectors, w.feature_scale * feats.astype(np.float32)]
    if w.lexical_dim:
        if lexical is None or lexical.shape != (len(vectors), w.lexical_dim):
            raise RealpolitikError(
                f"{MODEL_FILE}: the model reads {w.lexical_dim} lexical buckets per passage"
            )
        parts.append(w.lexical_scale * lexical.astype(np.float32))
    return np.hstack(parts)


def probabilities(vectors: np.ndarray, weights: Weights | None = None) -> np.ndarray:
    """Softmax over the labels for each embedding row."""
    w = weights or load_weights()
    logits = vectors @ w.coef.T + w.intercept
    logits -= logits.max(axis=1, keepdims=True)
    e = np.exp(logits)
    return np.asarray(e / e.sum(axis=1, keepdims=True))


def passage_vector(vectors: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """One vector for a passage of sentences embedded one by one: the mean of their vectors
    weighted by their number of word pieces, unit length. It is close to embedding the passage
    as one text (cosine 0.97 on CASE snippets) and costs nothing once each sentence is
    embedded, so a sentence is embedded once however many windows it belongs to. The
    classifier is trained on such vectors (scripts/train_acled.py)."""
    pooled = (vectors * counts[:, None].astype(np.float32)).sum(axis=0)
    return np.asarray(pooled / max(float(np.linalg.norm(pooled)), 1e-12), dtype=np.float32)


def label_dicts(
    vectors: np.ndarray, feats: np.ndarray | None = None, lexical: np.ndarray | None = None
) -> list[dict[str, float]]:
    """For each passage vector (and its context features and lexical buckets), the
    probability of every label (sub-event types and "none")."""
    if not len(vectors):
        return []
    w = load_weights()
    probs = probabilities(model_inputs(vectors, feats, w, lexical), w)
    return [dict(zip(w.labels, map(float, row), strict=True)) for row in probs]


def label_probabilities(texts: Sequence[str]) -> list[dict[str, float]]:
    """For each text (embedded as one piece, its features read from its parse), the
    probability of every label."""
    from realpolitik.events.acled_features import features_matrix
    from realpolitik.events.acled_lexical import lexical_matrix
    from realpolitik.events.embeddings import embed
    from realpolitik.nlp import parse_texts

    if not texts:
        return []
    passages = [list(d.sents) for d in parse_texts(texts)]
    lexical = lexical_matrix(passages, lexical_dim())
    return label_dicts(embed(texts), features_matrix(passages), lexical)


def best(probs: dict[str, float]) -> Prediction:
    label = max(probs, key=lambda k: probs[k])
    return Prediction(label, probs[label], probs.get(NONE, 0.0))


def classify(texts: Sequence[str]) -> list[Prediction]:
    """The most probable ACLED sub-event type (or "none") of each text."""
    return [best(p) for p in label_probabilities(texts)]
