"""Train the ACLED sub-event classifier on the CASE 2021 dev half's tune part; write its weights.

    .venv/bin/python scripts/train_acled.py                 # train the shipped design, write weights
    .venv/bin/python scripts/train_acled.py --compare       # also score every design (tune CV, check)
    .venv/bin/python scripts/train_acled.py --data PATH/dev.tsv --out DIR

Only snippets of the tune part (`realpolitik.eval.splits`, dataset `case2021`, by id) are trained
on; the check part is scored, never fitted. The regularisation strength C is chosen by 5-fold
cross-validation on the tune part alone (weighted F1). Everything is seeded: a re-run on the same
data writes the same weights (up to float rounding of the embedding runtime).

Writes `src/realpolitik/data/events/acled_model.npz` (coefficients, intercepts, labels) and
`acled_model.json` (design, C, training-set size and hash, figures). No snippet text is written.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

from realpolitik.eval.case import f1_table, read_snippets
from realpolitik.eval.splits import split
from realpolitik.events.acled_model import MODEL_FILE, META_FILE
from realpolitik.events.embeddings import embed as _embed

SEED = 13
C_GRID = (0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0)
DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "case2021" / "dev.tsv"


_CACHE: dict[str, np.ndarray] = {}


def embed(texts: list[str]) -> np.ndarray:
    """Embeddings, each text computed once per run (cross-validation reuses them)."""
    missing = [t for t in dict.fromkeys(texts) if t not in _CACHE]
    for t, v in zip(missing, _embed(missing), strict=True):
        _CACHE[t] = v
    return np.vstack([_CACHE[t] for t in texts])


def _tfidf(train: list[str], *others: list[str]) -> list[Any]:
    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, lowercase=True)
    out = [vec.fit_transform(train)]
    out += [vec.transform(o) for o in others]
    return out


def _features(design: str, train: list[str], *others: list[str]) -> list[Any]:
    """Feature matrices of the design, fitted (where it fits anything) on `train` only."""
    if design == "minilm":
        return [embed(t) for t in (train, *others)]
    if design == "tfidf":
        return _tfidf(train, *others)
    if design == "minilm+tfidf":
        dense = [embed(t) for t in (train, *others)]
        sparse = _tfidf(train, *others)
        return [np.hstack([d, s.toarray()]) for d, s in zip(dense, sparse, strict=True)]
    raise SystemExit(f"unknown design {design!r}")


def _fit(x: Any, y: list[str], c: float) -> LogisticRegression:
    model = LogisticRegression(C=c, max_iter=3000, random_state=SEED)
    return model.fit(x, y)


def _cv_score(design: str, texts: list[str], y: list[str], c: float) -> float:
    """Mean weighted F1 of 5-fold cross-validation on the tune part."""
    scores = []
    for train_idx, test_idx in KFold(5, shuffle=True, random_state=SEED).split(texts):
        tr = [texts[i] for i in train_idx]
        te = [texts[i] for i in test_idx]
        x_tr, x_te = _features(design, tr, te)
        model = _fit(x_tr, [y[i] for i in train_idx], c)
        pred = list(model.predict(x_te))
        scores.append(f1_table([y[i] for i in test_idx], pred)["weighted_f1"])
    return float(np.mean(scores))


def _choose_c(design: str, texts: list[str], y: list[str]) -> tuple[float, float]:
    results = [(_cv_score(design, texts, y, c), c) for c in C_GRID]
    best_score, best_c = max(results, key=lambda r: (r[0], -r[1]))
    return best_c, best_score


def evaluate(design: str, tune: list[dict[str, str]], check: list[dict[str, str]]) -> dict[str, Any]:
    texts = [s["text"] for s in tune]
    y = [s["gold"] for s in tune]
    c, cv = _choose_c(design, texts, y)
    x_tune, x_check = _features(design, texts, [s["text"] for s in check])
    model = _fit(x_tune, y, c)
    check_table = f1_table([s["gold"] for s in check], list(model.predict(x_check)))
    return {
        "design": design,
        "C": c,
        "tune_cv_weighted_f1": round(cv, 4),
        "check_weighted_f1": check_table["weighted_f1"],
        "check_micro_f1": check_table["micro_f1"],
        "check_macro_f1": check_table["macro_f1"],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="CASE 2021 dev.tsv")
    ap.add_argument("--out", type=Path, default=MODEL_FILE.parent, help="folder for the weights")
    ap.add_argument("--compare", action="store_true", help="score every design first")
    args = ap.parse_args(argv)
    if not args.data.is_file():
        print(f"train_acled: {args.data}: CASE 2021 dev file missing", file=sys.stderr)
        return 2
    snippets = read_snippets(args.data)
    parts = split("case2021", snippets, key=lambda s: s["id"])
    tune, check = parts["tune"], parts["check"]
    if args.compare:
        for design in ("tfidf", "minilm", "minilm+tfidf"):
            print(json.dumps(evaluate(design, tune, check)))
    texts = [s["text"] for s in tune]
    y = [s["gold"] for s in tune]
    c, cv = _choose_c("minilm", texts, y)
    model = _fit(embed(texts), y, c)
    check_table = f1_table([s["gold"] for s in check], list(model.predict(embed([s["text"] for s in check]))))
    args.out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        args.out / MODEL_FILE.name,
        coef=model.coef_.astype(np.float32),
        intercept=model.intercept_.astype(np.float32),
        labels=np.array(model.classes_, dtype=str),
    )
    ids = hashlib.sha256("\n".join(sorted(s["id"] for s in tune)).encode()).hexdigest()
    meta = {
        "design": "all-MiniLM-L6-v2 int8 mean-pooled embedding -> multinomial logistic regression",
        "trained_on": "CASE 2021 Task 2 dev half, tune part (realpolitik.eval.splits 'case2021')",
        "n_train": len(tune),
        "train_ids_sha256": ids,
        "data_sha256": hashlib.sha256(args.data.read_bytes()).hexdigest(),
        "C": c,
        "seed": SEED,
        "tune_cv_weighted_f1": round(cv, 4),
        "check_weighted_f1": check_table["weighted_f1"],
        "check_micro_f1": check_table["micro_f1"],
        "check_macro_f1": check_table["macro_f1"],
    }
    (args.out / META_FILE.name).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(meta, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
