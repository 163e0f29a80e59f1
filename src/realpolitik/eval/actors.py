"""Actors on the PLOVER gold sentences and on our own check set (`realpolitik eval actors`).

For every gold record (the DOCUMENT record excepted) the sentence goes through the pipeline's
actor stage; each gold source and target actor (`actorText`, `code`) is looked up as a span of
the sentence and compared with the actor mention that overlaps it most. PLOVER codes start with
the country (ISO3, "PAK", "USAGOV") or with "IGO"/"NGO" for international bodies: the first three
letters are compared with our mention's country, or with its sector for IGOs and NGOs. The gold
codes Amnesty International and the Red Cross "IGO": IGO and NGO count as one class here.
Figures for all records and for the tune and check parts (`eval.splits`, dataset `plover`, key
the record id).

The check set (`eval/data/actors_check.jsonl`, 26 short texts we wrote, none from the seeds)
scores what PLOVER does not test: renamed groups, acronyms, aliases a text states, unknown
actors and look-alike names. Each text lists the spans a careful reader resolves, with what is
expected of each: `id` (a KB id, or "new" for an actor the KB does not know), `country`,
`sector` (one code or a list of acceptable ones), `kind` ("person" or "group": any non-person)
and `same`, a label shared by the spans that name one actor (spans with different labels must
be different actors). `accuracy`: spans found and resolved as expected; `pair_accuracy`: pairs
of spans of one text correctly told same or different. It was written before any rule was tuned
on it and is kept whole as a check set (rules are tuned on the unit tests' sentences).

The second set (`eval/data/actors_check2.jsonl`, 50 texts, `check_set2`) aims at what the stage
missed in round r13: companies and people the KB lacks, armed-group acronyms with and without a
definition, collective parties ("Houthi rebels", "Bosnian Serb leaders"), nationality words
before an organisation's name, seats of government standing for it ("Foggy Bottom"), titles
read as their holder's country, and non-actors: a span with `not_actor: true` is right when no
actor mention overlaps it (it counts in `accuracy`, not in `found`, and in no pair). It is split
by `own_part("actors_check2", id)`: figures for all texts and for its tune and check parts.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from realpolitik.eval.splits import PARTS, own_part, part_of
from realpolitik.model import Actor, ActorMention, Document

GOLD_FILE = "PLOVER_GSR_CAMEO.dev.json"
CHECK_SET = Path(__file__).parent / "data" / "actors_check.jsonl"
CHECK_SET2 = Path(__file__).parent / "data" / "actors_check2.jsonl"
CHECK_SET2_PREFIX = "actors_check2"
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
    # [correct, total] per role, for all records and per part
    counts = {p: {"source": [0, 0], "target": [0, 0]} for p in ("all", *PARTS)}
    errors: list[dict[str, Any]] = []
    for record, sdoc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
        doc = Document(record["id"], GOLD_FILE, text=record["text"], published=_published(record))
        mentions, _ = find_actors(doc, sdoc, kb)
        part = part_of("plover", record["id"])
        for role in ("source", "target"):
            for gold in _gold_actors(record, role):
                code = str(gold.get("code", ""))[:3]
                span = _find(doc.text, str(gold.get("actorText", "")))
                mention = _best_mention(mentions, *span) if span else None
                ours = mention_code(mention)
                right = ours == code or {ours, code} <= NON_STATE_CODES
                for key in ("all", part):
                    counts[key][role][1] += 1
                    counts[key][role][0] += right
                if not right and show_errors:
                    errors.append(
                        {
                            "id": record["id"],
                            "part": part,
                            "role": role,
                            "actorText": gold.get("actorText"),
                            "gold": gold.get("code"),
                            "ours": ours,
                            "mention": mention.text if mention else None,
                            "actor_id": mention.actor_id if mention else None,
                        }
                    )
    result: dict[str, Any] = {"records": len(records), **_accuracies(counts["all"])}
    for part in PARTS:
        result[part] = _accuracies(counts[part])
    result["check_set"] = score_check_set(show_errors=show_errors)
    result["check_set2"] = score_check_set(CHECK_SET2, show_errors, split_prefix=CHECK_SET2_PREFIX)
    if show_errors:
        result["errors"] = errors
    return result


def _accuracies(counts: dict[str, list[int]]) -> dict[str, Any]:
    return {
        "source_accuracy": round(counts["source"][0] / max(1, counts["source"][1]), 4),
        "source_n": counts["source"][1],
        "target_accuracy": round(counts["target"][0] / max(1, counts["target"][1]), 4),
        "target_n": counts["target"][1],
    }


def load_check_set(path: Path = CHECK_SET) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _nth(text: str, needle: str, n: int) -> tuple[int, int] | None:
    start = -1
    for _ in range(n):
        start = text.find(needle, start + 1)
        if start < 0:
            return None
    return start, start + len(needle)


def _meets(gold: dict[str, Any], m: ActorMention, kind: str | None) -> bool:
    """Whether mention `m` (its actor of kind `kind`) is what `gold` expects."""
    expected_id = gold.get("id")
    if expected_id == "new" and not m.actor_id.startswith("new:"):
        return False
    if expected_id not in (None, "new") and m.actor_id != expected_id:
        return False
    if "country" in gold and m.country != gold["country"]:
        return False
    sectors = gold.get("sector")
    if sectors is not None and m.sector not in ([sectors] if isinstance(sectors, str) else sectors):
        return False
    if gold.get("kind") == "person" and kind != "person":
        return False
    return not (gold.get("kind") == "group" and kind == "person")


def score_check_set(
    path: Path = CHECK_SET, show_errors: bool = False, split_prefix: str | None = None
) -> dict[str, Any]:
    """Our check set of renamed groups, acronyms, new actors and look-alike names; with
    `split_prefix`, also the figures of its tune and check parts (`own_part(split_prefix, id)`)."""
    from realpolitik.actors import find_actors, load_kb
    from realpolitik.nlp import load_pipeline

    items = load_check_set(path)
    nlp, kb = load_pipeline(), load_kb()
    # [actor spans, found, right, all spans, pairs, pairs right] for all texts and per part
    counts = {p: [0] * 6 for p in ("all", *PARTS)}
    errors: list[dict[str, Any]] = []
    for item, sdoc in zip(items, nlp.pipe(i["text"] for i in items), strict=True):
        doc = Document(item["id"], path.stem, text=item["text"],
                       published=date.fromisoformat(item["published"]))  # fmt: skip
        part = own_part(split_prefix, item["id"]) if split_prefix else None
        keys = ("all", part) if part else ("all",)
        mentions, new = find_actors(doc, sdoc, kb)
        kinds = {a.actor_id: a.kind for a in new}
        golds: list[dict[str, Any]] = []
        got: list[ActorMention | None] = []
        for gold in item["actors"]:
            span = _nth(doc.text, gold["span"], int(gold.get("nth", 1)))
            if span is None:
                raise ValueError(f"{path}: {item['id']}: span {gold['span']!r} not in the text")
            m = _best_mention(mentions, *span)
            if gold.get("not_actor"):
                ok = m is None
            else:
                ok = m is not None and _meets(gold, m, kinds.get(m.actor_id) or _kb_kind(kb, m))
                golds.append(gold)
                got.append(m)
            for key in keys:
                c = counts[key]
                c[3] += 1
                c[2] += ok
                if not gold.get("not_actor"):
                    c[0] += 1
                    c[1] += m is not None
            if not ok and show_errors:
                errors.append({"id": item["id"], "part": part, "span": gold["span"], "gold": gold,
                               "ours": (m.actor_id, m.country, m.sector, m.text) if m else None})  # fmt: skip
        for i in range(len(golds)):
            for j in range(i + 1, len(golds)):
                a, b = got[i], got[j]
                same = golds[i]["same"] == golds[j]["same"]
                ok = a is not None and b is not None and (a.actor_id == b.actor_id) == same
                for key in keys:
                    counts[key][4] += 1
                    counts[key][5] += ok
                if not ok and show_errors:
                    errors.append({"id": item["id"], "part": part,
                                   "pair": [golds[i]["span"], golds[j]["span"]], "same": same})  # fmt: skip
    result: dict[str, Any] = {"texts": len(items), **_check_figures(counts["all"])}
    if split_prefix:
        for part in PARTS:
            texts = sum(own_part(split_prefix, i["id"]) == part for i in items)
            result[part] = {"texts": texts, **_check_figures(counts[part])}
    if show_errors:
        result["errors"] = errors
    return result


def _check_figures(c: list[int]) -> dict[str, Any]:
    actor_spans, found, right, spans, pairs, pairs_right = c
    return {
        "spans": spans,
        "found": round(found / max(1, actor_spans), 4),
        "accuracy": round(right / max(1, spans), 4),
        "pairs": pairs,
        "pair_accuracy": round(pairs_right / max(1, pairs), 4),
    }


def _kb_kind(kb: Any, m: ActorMention) -> str | None:
    actor: Actor | None = kb.get(m.actor_id)
    return actor.kind if actor else None
