"""The pipeline tune CV's out-of-fold misses on the CASE tune part, with their texts: an
experiment script (round 9). Tune part only: the check part is never read here.

    .venv/bin/python scripts/acled_cv_misses.py [LABEL ...]   # misses whose gold or prediction is LABEL
"""
import json
import sys
from pathlib import Path

sys.argv, labels = sys.argv[:1], set(sys.argv[1:])
sys.path.insert(0, str(Path(__file__).resolve().parent))
import acled_pipeline_cv as CV  # noqa: E402 - after the path insert; captures the snippets' analyses (parse, embed) once

meta = json.loads(CV.AM.META_FILE.read_text())
shipped = (meta["C"], meta["class_weight"] == "balanced", meta["none_factor"], meta["feature_scale"])
folds, models = CV.fold_models(meta["design"], shipped)
CV.AT.ADD_MIN_PROBABILITY = 0.08
for (_, b), w in zip(folds, models, strict=True):
    items = [CV.tune[i] for i in b]
    preds, _ = CV.run_part(items, w)
    for s, p in zip(items, preds, strict=True):
        if p != s["gold"] and (not labels or {p, s["gold"]} & labels):
            print(f"{s['id']} gold={s['gold']!r} pred={p!r}\n   {s['text'][:400]}")
