"""`realpolitik eval NAME`: run a scorer on the dev data, print its figures; `gate` checks floors.

The floors live in one baseline file (`baseline.json` beside this module) together with a
sha256 of each dev set and of the own gold files its scorer reads, so a score is only compared
with a floor measured on the same data.
Raising a floor is a normal commit (`realpolitik eval gate --raise`); lowering one is refused
unless `--lower --reason "..."` records why in the file's history.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from realpolitik.errors import RealpolitikError, UsageError

BASELINE = Path(__file__).parent / "baseline.json"
SHARED_ENV = "REALPOLITIK_SHARED"

# dev set of each scorer, relative to shared/data (seeds: relative to shared/)
DATASETS = {
    "plover": "data/plover/PLOVER_GSR_CAMEO.dev.json",
    "synthetic": "data/ngec_synthetic/gpt_synthetic_events_2023-10-19.csv.gz",
    "actors": "data/plover/PLOVER_GSR_CAMEO.dev.json",
    "geo": "data/geowebnews/GWN.xml",
    "stories": "data/ecbplus/dev.jsonl",
    "case": "data/case2021/dev.tsv",
    "seeds": "seeds",
    # own sentences shipped in the package (an absolute path: `shared / it` is itself), so the
    # gate's hash follows the gold file and a changed file asks for a re-baseline
    "polarity": str(Path(__file__).parent / "gold" / "polarity_own.yaml"),
    "locations": str(Path(__file__).parent / "gold" / "event_places_own.yaml"),
    "fusion": str(Path(__file__).parent / "gold" / "fusion_own1.yaml"),
}


def find_shared(explicit: str | None = None) -> Path:
    """The shared folder: `explicit`, $REALPOLITIK_SHARED, or `../shared` of the cwd or repo."""
    candidates = []
    if explicit:
        p = Path(explicit)
        candidates.append(p.parent if p.name == "data" else p)
    if os.environ.get(SHARED_ENV):
        candidates.append(Path(os.environ[SHARED_ENV]))
    repo = Path(__file__).resolve().parents[3]
    for base in (Path.cwd(), repo):
        candidates += [base.parent / "shared", base / "shared"]
    for c in candidates:
        if (c / "data").is_dir():
            return c
    raise UsageError(
        "cannot find the shared dev data: pass --data PATH/TO/shared/data or set "
        f"{SHARED_ENV}=PATH/TO/shared"
    )


# The own gold files each scorer also reads (shipped in the package): a floor on an own set's
# check part is only comparable on the same file, so they count in the scorer's hash too and an
# edited or added own set asks for a re-baseline like a changed dev set.
EVAL_DIR = Path(__file__).parent
OWN_GOLD = {  # patterns relative to EVAL_DIR
    "plover": ("gold/plover_own*.yaml",),
    "actors": ("data/actors_check*.jsonl",),
    "geo": ("gold/local_news*.yaml",),
    "case": ("gold/acled_own*.yaml",),
    "seeds": ("gold/seeds*.yaml", "gold/reader_own*.yaml", "gold/reader_own*/*.txt"),
    "polarity": ("gold/polarity_own*.yaml",),
    "locations": ("gold/event_places_own*.yaml",),
    "fusion": ("gold/fusion_own*.yaml", "gold/fusion_own*/*.txt"),
}


def dataset_hash(shared: Path, name: str) -> str:
    """sha256 over the scorer's dev set (a file or a folder) and the own gold files it reads."""
    path = shared / DATASETS[name]
    h = hashlib.sha256()
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    own = {f for pattern in OWN_GOLD.get(name, ()) for f in EVAL_DIR.glob(pattern)}
    files += sorted(own - set(files))
    for f in files:
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()


def _scorers() -> dict[str, Callable[[Path], dict[str, Any]]]:
    def plover(shared: Path) -> dict[str, Any]:
        from realpolitik.eval.plover import score_plover

        return score_plover(shared / "data" / "plover")

    def synthetic(shared: Path) -> dict[str, Any]:
        from realpolitik.eval.synthetic import score_synthetic

        return score_synthetic(shared / "data" / "ngec_synthetic")

    def actors(shared: Path) -> dict[str, Any]:
        from realpolitik.eval.actors import score_actor_countries

        return score_actor_countries(shared / "data" / "plover")

    def geo(shared: Path) -> dict[str, Any]:
        from realpolitik.eval.geo import score_geo

        return score_geo(shared / "data" / "geowebnews")

    def stories(shared: Path) -> dict[str, Any]:
        from realpolitik.eval.stories import score_stories

        return score_stories(shared / "data", split_half=True)

    def case(shared: Path) -> dict[str, Any]:
        from realpolitik.eval.case import score_case

        return score_case(shared / "data" / "case2021")

    def seeds(shared: Path) -> dict[str, Any]:
        from realpolitik.eval.seeds import score_seeds

        return score_seeds(shared / "seeds")

    def polarity(shared: Path) -> dict[str, Any]:
        from realpolitik.eval.polarity import score_polarity

        return score_polarity()

    def locations(shared: Path) -> dict[str, Any]:
        from realpolitik.eval.locations import score_locations

        return score_locations()

    def fusion(shared: Path) -> dict[str, Any]:
        from realpolitik.eval.fusion import score_fusion

        return score_fusion()

    return {
        "plover": plover,
        "synthetic": synthetic,
        "actors": actors,
        "geo": geo,
        "stories": stories,
        "case": case,
        "seeds": seeds,
        "polarity": polarity,
        "locations": locations,
        "fusion": fusion,
    }


def score(name: str, data: str | None = None) -> dict[str, Any]:
    """Run one scorer on the dev data and return its figures."""
    scorers = _scorers()
    if name not in scorers:
        raise UsageError(f"unknown scorer {name!r}: choose one of {', '.join(scorers)}")
    shared = find_shared(data)
    if not (shared / DATASETS[name]).exists():
        raise UsageError(f"{shared / DATASETS[name]}: dev set missing")
    return scorers[name](shared)


def load_baseline() -> dict[str, Any]:
    return json.loads(BASELINE.read_text(encoding="utf-8"))


def _metric(scores: dict[str, Any], dotted: str) -> float | None:
    value: Any = scores
    for part in dotted.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return float(value) if isinstance(value, int | float) else None


def gate(data: str | None = None, names: list[str] | None = None) -> dict[str, Any]:
    """Score every scorer with floors and compare; returns per-floor results and `ok`."""
    baseline = load_baseline()
    shared = find_shared(data)
    wanted = names or sorted({k.split(".")[0] for k in baseline["floors"]})
    results: list[dict[str, Any]] = []
    for name in wanted:
        expected_hash = baseline["datasets"].get(name)
        actual_hash = dataset_hash(shared, name)
        if expected_hash and expected_hash != actual_hash:
            results.append({"floor": name, "ok": False, "why": "dev set changed: re-baseline"})
            continue
        scores = score(name, str(shared))
        for key, floor in baseline["floors"].items():
            if key.split(".")[0] != name:
                continue
            value = _metric(scores, key.split(".", 1)[1])
            ok = value is not None and value + 1e-9 >= floor
            results.append({"floor": key, "value": value, "min": floor, "ok": ok})
    return {"ok": all(r["ok"] for r in results), "results": results}


def raise_floors(data: str | None = None, lower: bool = False, reason: str | None = None) -> dict[str, Any]:
    """Set each floor to today's score where it is higher (or lower, with a stated reason)."""
    if lower and not reason:
        raise UsageError("lowering a floor needs --reason")
    baseline = load_baseline()
    shared = find_shared(data)
    outcome = gate(data)
    changes = {}
    for r in outcome["results"]:
        if r.get("value") is None:
            continue
        new = round(float(r["value"]) - 0.005, 3)  # a little slack for platform float noise
        if new > r["min"] or (lower and new < r["min"]):
            changes[r["floor"]] = {"from": r["min"], "to": new}
            baseline["floors"][r["floor"]] = new
    for name in {k.split(".")[0] for k in baseline["floors"]}:
        baseline["datasets"][name] = dataset_hash(shared, name)
    if changes:
        baseline.setdefault("history", []).append({
            "date": datetime.now(UTC).date().isoformat(),
            "changes": changes,
            "reason": reason or "raised to the measured score",
        })  # fmt: skip
    BASELINE.write_text(json.dumps(baseline, indent=2) + "\n", encoding="utf-8")
    return changes


def run_scorer(name: str, data: str | None = None, as_json: bool = False) -> int:
    """CLI twin: print a scorer's figures (or the gate's verdict); exit 1 when the gate fails."""
    if name == "gate":
        outcome = gate(data)
        if as_json:
            print(json.dumps(outcome, indent=2))
        else:
            for r in outcome["results"]:
                mark = "ok  " if r["ok"] else "FAIL"
                detail = r.get("why") or f"{r['value']} (floor {r['min']})"
                print(f"{mark} {r['floor']}: {detail}")
        return 0 if outcome["ok"] else 1
    scores = score(name, data)
    if as_json:
        print(json.dumps(scores, indent=2, default=str))
    else:
        print(format_scores(name, scores))
    return 0


def format_scores(name: str, scores: dict[str, Any]) -> str:
    if name == "case":
        from realpolitik.eval.case import format_case

        return format_case(scores)
    if name == "geo":
        from realpolitik.eval.geo import format_geo

        return format_geo(scores)
    lines = [f"{name}:"]
    for key, value in scores.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            lines.append(f"  {key}:")
            for row in value:
                lines.append("    " + ", ".join(f"{k}={v}" for k, v in row.items()))
        elif isinstance(value, dict):
            lines.append(f"  {key}:")
            for k, v in value.items():
                lines.append(f"    {k}: {v}")
        else:
            lines.append(f"  {key}: {value}")
    return "\n".join(lines)


def main_gate() -> int:  # pragma: no cover - used by scripts
    try:
        return run_scorer("gate")
    except RealpolitikError as exc:
        print(f"realpolitik: error: {exc}", file=sys.stderr)
        return exc.exit_code
