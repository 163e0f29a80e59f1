"""Score event typing (and source/target countries) against the PLOVER gold-standard records."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from realpolitik.model import EventMention

GOLD_FILE = "PLOVER_GSR_CAMEO.dev.json"
# The gold records use PLOVER 0.5b1 labels; these are their current names.
LABEL_MAP = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT"}
# DOCUMENT records document the file; INVESTIGATE has no current PLOVER type.
SKIPPED_LABELS = {"DOCUMENT", "INVESTIGATE"}


def gold_records(data_dir: Path) -> list[dict[str, Any]]:
    path = data_dir / GOLD_FILE if data_dir.is_dir() else data_dir
    records = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for r in records:
        if r.get("event") in SKIPPED_LABELS or not r.get("text"):
            continue
        out.append({**r, "event": LABEL_MAP.get(r["event"], r["event"])})
    return out


def top_event(events: list[EventMention]) -> EventMention | None:
    """The most confident event (ties: the earliest trigger)."""
    if not events:
        return None
    return sorted(events, key=lambda e: (-e.confidence, e.trigger_start))[0]


def _gold_countries(actors: list[dict[str, Any]] | None) -> set[str]:
    return {
        a["code"][:3]
        for a in actors or []
        if isinstance(a.get("code"), str) and len(a["code"]) >= 3
    }


def score_plover(data_dir: Path, res: Any = None) -> dict[str, Any]:
    """Type accuracy of each sentence's most confident event, per-type table, country accuracy."""
    from realpolitik.model import Document
    from realpolitik.pipeline import Resources, analyse_documents

    res = res or Resources.load()
    records = gold_records(Path(data_dir))
    docs = [
        Document(doc_id=r["id"], source="plover", raw=r["text"], text=r["text"]) for r in records
    ]
    analyses = analyse_documents(docs, res)
    table: dict[str, Counter[str]] = {}
    correct = 0
    country = {"source": Counter[str](), "target": Counter[str]()}
    errors = []
    for record, analysis in zip(records, analyses, strict=True):
        gold = record["event"]
        top = top_event(analysis.event_mentions)
        predicted = top.plover_type if top else None
        table.setdefault(gold, Counter())["n"] += 1
        if predicted:
            table.setdefault(predicted, Counter())["predicted"] += 1
        if predicted == gold:
            correct += 1
            table[gold]["correct"] += 1
        else:
            errors.append(
                {"id": record["id"], "gold": gold, "predicted": predicted, "text": record["text"]}
            )
        for role in ("source", "target"):
            gold_countries = _gold_countries(record.get(role))
            if not gold_countries:
                continue
            country[role]["n"] += 1
            found = {a.country for a in (getattr(top, role) if top else []) if a.country}
            if found & gold_countries:
                country[role]["correct"] += 1
    n = len(records)
    return {
        "n": n,
        "correct": correct,
        "accuracy": round(correct / n, 4) if n else 0.0,
        "per_type": {
            t: {"n": c["n"], "correct": c["correct"], "predicted": c["predicted"]}
            for t, c in sorted(table.items())
        },
        "source_country": _ratio(country["source"]),
        "target_country": _ratio(country["target"]),
        "errors": errors,
    }


def _ratio(c: Counter[str]) -> dict[str, Any]:
    n = c["n"]
    return {"n": n, "correct": c["correct"], "accuracy": round(c["correct"] / n, 4) if n else 0.0}
