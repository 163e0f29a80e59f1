"""Score event typing (and source/target countries) against the PLOVER gold-standard records."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from realpolitik.eval.splits import PARTS, part_of
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
    """Type accuracy of each sentence's most confident event, per-type table, country accuracy:
    on the whole set (top-level keys) and on its fixed tune and check parts (`eval.splits`).

    `errors` lists the tune part's misses only: the check part is for measuring, not for reading
    sentence by sentence while tuning."""
    from realpolitik.model import Document
    from realpolitik.pipeline import Resources, analyse_documents

    res = res or Resources.load()
    records = gold_records(Path(data_dir))
    docs = [
        Document(doc_id=r["id"], source="plover", raw=r["text"], text=r["text"]) for r in records
    ]
    analyses = analyse_documents(docs, res)
    rows = [
        _judge(record, top_event(analysis.event_mentions))
        for record, analysis in zip(records, analyses, strict=True)
    ]
    out = _summary(rows)
    for part in PARTS:
        out[part] = _summary([r for r in rows if r["part"] == part])
    out["errors"] = [
        {k: r[k] for k in ("id", "gold", "predicted", "text")}
        for r in rows
        if r["part"] == "tune" and not r["correct"]
    ]
    return out


def _judge(record: dict[str, Any], top: EventMention | None) -> dict[str, Any]:
    """One record's outcome: its type, and whether the top event's parties have its countries."""
    predicted = top.plover_type if top else None
    row: dict[str, Any] = {
        "id": record["id"],
        "part": part_of("plover", record["id"]),
        "gold": record["event"],
        "predicted": predicted,
        "correct": predicted == record["event"],
        "text": record["text"],
    }
    for role in ("source", "target"):
        gold_countries = _gold_countries(record.get(role))
        found = {a.country for a in (getattr(top, role) if top else []) if a.country}
        row[role] = (bool(found & gold_countries)) if gold_countries else None
    return row


def _summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    table: dict[str, Counter[str]] = {}
    country = {"source": Counter[str](), "target": Counter[str]()}
    for r in rows:
        table.setdefault(r["gold"], Counter())["n"] += 1
        if r["predicted"]:
            table.setdefault(r["predicted"], Counter())["predicted"] += 1
        if r["correct"]:
            table[r["gold"]]["correct"] += 1
        for role in ("source", "target"):
            if r[role] is not None:
                country[role]["n"] += 1
                country[role]["correct"] += int(r[role])
    n = len(rows)
    correct = sum(r["correct"] for r in rows)
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
    }


def _ratio(c: Counter[str]) -> dict[str, Any]:
    n = c["n"]
    return {"n": n, "correct": c["correct"], "accuracy": round(c["correct"] / n, 4) if n else 0.0}
