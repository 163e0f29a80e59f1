"""Train and compare a learned main-event re-ranker (`realpolitik.events.rerank`), seeded.

    .venv/bin/python scripts/train_rerank.py [--shared ../shared] [--cache out/rerank_candidates.pkl]

Each sentence is run through the pipeline; its typed events are the candidates, and a candidate
is right when its PLOVER type is the sentence's gold type. Training material (tune parts only):
the PLOVER gold records' tune part (`eval.splits`), our own held-out sentences' tune part
(`eval/gold/plover_own.yaml`), and optionally the NGEC synthetic first sentences of the tune
templates (`eval.synthetic`; the story type picks the candidate). A pointwise logistic regression
scores each candidate; the sentence's main event is the best-scored one. Printed: type accuracy of
the main event for the rules (most confident event) and for each design, on every part, with the
ceiling (some candidate right). Weights would be written only if a design beat the rules on every
check part; see `docs/events-plover.md` for the outcome.
"""

from __future__ import annotations

import argparse
import pickle
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

from realpolitik.eval.plover import gold_records, own_sentences
from realpolitik.eval.splits import part_of
from realpolitik.eval.synthetic import sample, synthetic_stories
from realpolitik.events.lexicon import load_lexicon
from realpolitik.events.rerank import candidate_features
from realpolitik.model import Document
from realpolitik.pipeline import Resources, analyse_documents

SEED = 13
C = 1.0
SYNTHETIC_WEIGHT = 0.3  # 600 noisy story-level labels against 159 gold sentences


def _sentences(shared: Path) -> list[dict[str, Any]]:
    out = []
    for r in gold_records(shared / "data" / "plover"):
        out.append({"set": "plover", "part": part_of("plover", r["id"]), "text": r["text"],
                    "types": [r["event"]]})  # fmt: skip
    for s in own_sentences():
        out.append({"set": "own", "part": s["part"], "text": s["text"], "types": s["types"]})
    stories = synthetic_stories(shared / "data" / "ngec_synthetic")
    for s in sample(stories, 600, 200):
        part = "tune" if s["part"] == "tune" else "check"
        out.append({"set": "synthetic", "part": part, "text": s["text"], "types": [s["label"]]})
    return out


def extract(shared: Path, cache: Path) -> list[dict[str, Any]]:
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    res = Resources.load()
    lex = load_lexicon()
    sentences = _sentences(shared)
    docs = [Document(doc_id=f"s{i}", source="x", raw=s["text"], text=s["text"])
            for i, s in enumerate(sentences)]  # fmt: skip
    for s, a, sdoc in zip(sentences, analyse_documents(docs, res), res.nlp.pipe(
            s["text"] for s in sentences), strict=True):  # fmt: skip
        events = sorted(a.event_mentions, key=lambda e: (-e.confidence, e.trigger_start))
        s["X"] = candidate_features(events, sdoc, lex)
        s["y"] = np.array([e.plover_type in s["types"] for e in events], dtype=bool)
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps(sentences))
    return sentences


def _accuracy(sentences: list[dict[str, Any]], model: Any | None) -> float:
    right = 0
    for s in sentences:
        if not len(s["y"]):
            continue
        if model is None:
            pick = 0  # candidates are sorted by the rules' confidence
        else:
            pick = int(np.argmax(model.predict_proba(s["X"])[:, 1]))
        right += bool(s["y"][pick])
    return round(right / len(sentences), 4) if sentences else 0.0


def _fit(sentences: list[dict[str, Any]], weight: float = SYNTHETIC_WEIGHT) -> LogisticRegression:
    xs, ys, ws = [], [], []
    for s in sentences:
        if len(s["y"]) < 2 or not s["y"].any():
            continue  # nothing to rank
        xs.append(s["X"])
        ys.append(s["y"])
        ws.append(np.full(len(s["y"]), weight if s["set"] == "synthetic" else 1.0))
    model = LogisticRegression(C=C, max_iter=500, random_state=SEED)
    model.fit(np.vstack(xs), np.concatenate(ys), sample_weight=np.concatenate(ws))
    return model


def _cv(train: list[dict[str, Any]], measure: list[dict[str, Any]], weight: float) -> float:
    """5-fold cross-validated accuracy on `measure` (a subset of `train`)."""
    ids = {id(s) for s in measure}
    folds = KFold(5, shuffle=True, random_state=SEED)
    right = 0.0
    for _, test_idx in folds.split(measure):
        held = {id(measure[i]) for i in test_idx}
        model = _fit([s for s in train if id(s) not in held], weight)
        right += _accuracy([measure[i] for i in test_idx], model) * len(test_idx)
    assert ids
    return round(right / len(measure), 4)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--cache", default="out/rerank_candidates.pkl")
    ap.add_argument("--synthetic-weight", type=float, default=SYNTHETIC_WEIGHT)
    args = ap.parse_args()
    sentences = extract(Path(args.shared), Path(args.cache))

    def part(name: str, p: str) -> list[dict[str, Any]]:
        return [s for s in sentences if s["set"] == name and s["part"] == p]

    gold_tune = part("plover", "tune") + part("own", "tune")
    designs = {
        "gold tune only": gold_tune,
        "gold tune + synthetic tune": gold_tune + part("synthetic", "tune"),
    }
    rows = [("set", "part", "n", "ceiling", "rules", *designs)]
    w = args.synthetic_weight
    models = {name: _fit(train, w) for name, train in designs.items()}
    for name in ("plover", "own", "synthetic"):
        for p in ("tune", "check"):
            ss = part(name, p)
            ceiling = round(sum(bool(s["y"].any()) for s in ss) / len(ss), 4)
            figs = []
            for dname, model in models.items():
                trained_on = p == "tune" and (name != "synthetic" or "synthetic" in dname)
                figs.append(f"{_cv(designs[dname], ss, w)} (cv)" if trained_on else
                            str(_accuracy(ss, model)))  # fmt: skip
            rows.append((name, p, str(len(ss)), str(ceiling), str(_accuracy(ss, None)), *figs))
    for r in rows:
        print(" | ".join(r))
    for dname, model in models.items():
        print(dname, "coefficients:", np.round(model.coef_[0], 2).tolist())


if __name__ == "__main__":
    main()
