"""Actor country accuracy on the PLOVER gold sentences (`realpolitik eval actors`).

For every gold record (the DOCUMENT record excepted) the sentence goes through the pipeline's
actor stage; each gold source and target actor (`actorText`, `code`) is looked up as a span of
the sentence and compared with the actor mention that overlaps it most. PLOVER codes start with
the country (ISO3, "PAK", "USAGOV") or with "IGO"/"NGO" for international bodies: the first three
letters are compared with our mention's country, or with its sector for IGOs and NGOs. The gold
codes Amnesty International and the Red Cross "IGO": IGO and NGO count as one class here.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from realpolitik.model import ActorMention, Document

GOLD_FILE = "PLOVER_GSR_CAMEO.dev.json"
NON_STATE_CODES = {"IGO", "NGO"}


def _gold_actors(record: dict[str, Any], role: str) -> list[dict[str, Any]]:
    value = record.get(role)
    return [a for a in value if isinstance(a, dict)] if isinstance(value, list) else []


def _find(text: str, needle: str) -> tuple[int, int] | None:
    i = text.find(needle)
    if i < 0:
        i = text.lower().find(needle.lower())
    return (i, i + len(needle)) if i >= 0 else None


def _best_mention(mentions: list[ActorMention], start: int, end: int) -> ActorMention | None:
    best, best_overlap = None, 0
    for m in mentions:
        overlap = min(end, m.end) - max(start, m.start)
        if overlap > best_overlap:
            best, best_overlap = m, overlap
    return best


def mention_code(m: ActorMention | None) -> str | None:
    """The PLOVER-style code of a mention: its country, else IGO/NGO from its sector."""
    if m is None:
        return None
    if m.country:
        return m.country
    return m.sector if m.sector in NON_STATE_CODES else None


def _published(record: dict[str, Any]) -> date | None:
    try:
        return date.fromisoformat(str(record.get("date", ""))[:10])
    except ValueError:
        return None


def score_actor_countries(data_dir: Path, show_errors: bool = False) -> dict[str, Any]:
    """Source and target country accuracy of our actor mentions against the PLOVER gold."""
    from realpolitik.actors import find_actors, load_kb
    from realpolitik.nlp import load_pipeline

    records = json.loads((Path(data_dir) / GOLD_FILE).read_text(encoding="utf-8"))
    records = [r for r in records if r.get("event") != "DOCUMENT" and r.get("text")]
    nlp, kb = load_pipeline(), load_kb()
    counts = {"source": [0, 0], "target": [0, 0]}  # [correct, total]
    errors: list[dict[str, Any]] = []
    for record, sdoc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
        doc = Document(record["id"], GOLD_FILE, text=record["text"], published=_published(record))
        mentions, _ = find_actors(doc, sdoc, kb)
        for role in ("source", "target"):
            for gold in _gold_actors(record, role):
                code = str(gold.get("code", ""))[:3]
                span = _find(doc.text, str(gold.get("actorText", "")))
                mention = _best_mention(mentions, *span) if span else None
                ours = mention_code(mention)
                counts[role][1] += 1
                if ours == code or {ours, code} <= NON_STATE_CODES:
                    counts[role][0] += 1
                elif show_errors:
                    errors.append(
                        {
                            "id": record["id"],
                            "role": role,
                            "actorText": gold.get("actorText"),
                            "gold": gold.get("code"),
                            "ours": ours,
                            "mention": mention.text if mention else None,
                            "actor_id": mention.actor_id if mention else None,
                        }
                    )
    result: dict[str, Any] = {
        "records": len(records),
        "source_accuracy": round(counts["source"][0] / max(1, counts["source"][1]), 4),
        "source_n": counts["source"][1],
        "target_accuracy": round(counts["target"][0] / max(1, counts["target"][1]), 4),
        "target_n": counts["target"][1],
    }
    if show_errors:
        result["errors"] = errors
    return result
