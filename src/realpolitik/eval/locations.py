"""The event-location scorer: our own texts (`gold/event_places_own.yaml`), each naming one
event's trigger and the places a careful coder accepts for it (or none).

Figures, whole and per part (tune/check): `precision` (of the events given a place, the share
given an accepted one), `recall` (of the texts whose event has a place and where no place is
not acceptable, the share located at an accepted one), `wrong` (events given a place no coder
would accept: the figure the "none wrong" target is about), `none_right` (of the texts whose
event may have no place, the share where a place given is accepted or none is given) and
`no_event` (texts whose trigger no event has: not judged).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

from realpolitik.errors import UsageError
from realpolitik.eval.gold_files import event_named, judge_sentences, read_gold_yaml
from realpolitik.eval.splits import Part, own_part
from realpolitik.model import EventMention

OWN_FILE = Path(__file__).parent / "gold" / "event_places_own.yaml"
# The second set (ninth round): visits, accords named for their town, a meeting's venue in a
# neighbouring sentence, clashes at a named crossing, a statement's topic place abroad.
OWN2_FILE = Path(__file__).parent / "gold" / "event_places_own2.yaml"
# The third set (tenth round): where a statement is issued ("told reporters in X"), the
# dateline for its own state's acts, a placed event's paragraph, a meeting's follow-up acts,
# a flight to a named country.
OWN3_FILE = Path(__file__).parent / "gold" / "event_places_own3.yaml"
NONE = "none"


def part_of(key: str, dataset: str = "event_places_own") -> Part:
    """The fixed part of an own text: lowest bit of sha256(dataset + ":" + id), `dataset` the
    gold file's stem ("event_places_own", "event_places_own2")."""
    return own_part(dataset, key)


def own_place_texts(path: Path = OWN_FILE) -> list[dict[str, Any]]:
    """The texts, each checked for its fields and given its part (split by the file's stem)."""
    data = read_gold_yaml(path, "own event-location texts")
    out = []
    for s in (data or {}).get("texts") or []:
        missing = {"id", "text", "trigger", "place"} - set(s)
        if missing or not isinstance(s.get("place"), list) or not s["place"]:
            raise UsageError(f"{path}: entry {s.get('id')!r} needs id, text, trigger and place "
                             f"(a list of accepted place names, or [{NONE}]); "
                             f"missing {sorted(missing)}")  # fmt: skip
        out.append({**s, "part": part_of(str(s["id"]), path.stem)})
    return out


def judge_place(s: dict[str, Any], events: list[EventMention]) -> dict[str, Any]:
    """One text's outcome: the location of the first event whose trigger contains `trigger`."""
    main = event_named(events, str(s["trigger"]))
    accepted = {_folded(str(p)) for p in s["place"]}
    given = main.location.name if main is not None and main.location is not None else None
    return {
        "id": s["id"],
        "part": s["part"],
        "class": s.get("class", ""),
        "gold": "/".join(str(p) for p in s["place"]),
        "predicted": given or NONE,
        "basis": main.location.basis if main is not None and main.location is not None else "",
        "no_event": main is None,
        "placeable": NONE not in accepted,
        "located": given is not None,
        "correct": _folded(given or NONE) in accepted,
        "text": s["text"],
    }


def _folded(name: str) -> str:
    """A place name compared without case or diacritics: the gazetteer writes "Rafaḩ", a coder
    "Rafah"; the same place."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    judged = [r for r in rows if not r["no_event"]]
    located = [r for r in judged if r["located"]]
    placeable = [r for r in judged if r["placeable"]]
    may_be_none = [r for r in judged if not r["placeable"]]

    def ratio(num: int, den: int) -> float:
        return round(num / den, 4) if den else 0.0

    return {
        "n": len(rows),
        "no_event": len(rows) - len(judged),
        "located": len(located),
        "precision": ratio(sum(r["correct"] for r in located), len(located)),
        "recall": ratio(sum(r["correct"] for r in placeable), len(placeable)),
        "wrong": sum(not r["correct"] for r in located),
        "none_right": ratio(sum(r["correct"] for r in may_be_none), len(may_be_none)),
    }


def score_locations(
    res: Any = None,
    path: Path = OWN_FILE,
    path2: Path | None = OWN2_FILE,
    path3: Path | None = OWN3_FILE,
) -> dict[str, Any]:
    """Event-location figures on the own texts, whole and per part (the first set at the top
    level, the second under `own2`, the third under `own3`); `misses`, `own2_misses` and
    `own3_misses` list the tune parts' misses only (the check parts' are not read while
    tuning)."""
    from realpolitik.pipeline import Resources

    res = res or Resources.load()
    rows, out = judge_sentences(own_place_texts(path), judge_place, _summary, res)
    out["misses"] = _tune_misses(rows)
    for key, extra in (("own2", path2), ("own3", path3)):
        if extra is not None:
            rows, out[key] = judge_sentences(own_place_texts(extra), judge_place, _summary, res)
            out[f"{key}_misses"] = _tune_misses(rows)
    return out


def _tune_misses(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {k: r[k] for k in ("id", "class", "gold", "predicted", "basis", "text")}
        for r in rows
        if r["part"] == "tune" and not r["correct"]
    ]
