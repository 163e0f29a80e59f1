"""Scaling benchmark of the corpus-level stages (a script, not a test): prints figures only.

    .venv/bin/python benchmarks/scale.py [--sizes 10000 30000 100000] [--add 1000] [--data ../shared/data]

Synthetic documents with event and actor mentions (`synthetic_corpus`: 100 documents a day,
ECB+ dev texts with 30% of their words replaced, two event mentions each), no language
pipeline. Per size, each step in a fresh process: write the store; fuse it in full (seconds per
stage: read, events, stories, relations, actors, write; peak memory, max RSS of that process).
For the largest size, then: add `--add` new documents, fuse them incrementally, fuse a copy of
the same store in full, and count the rows of the derived tables (and of the story graph,
`story_edges`) that differ between the two.
Prints one JSON line per step (also to --out when given) and a table.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))


def _peak_mb() -> int:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def build(db: str, n: int, data: str, start: int = 0) -> dict:
    from synthetic_corpus import Corpus

    from realpolitik.store import Store

    t0 = time.perf_counter()
    with Store(db) as store:
        for docs, analyses in Corpus(n, ecb=Path(data), start_index=start).batches(1000):
            store.write_batch(docs, analyses)
    return {"step": "write documents", "documents": n, "seconds": round(time.perf_counter() - t0, 1),
            "peak_mb": _peak_mb()}  # fmt: skip


def fuse_step(db: str, mode: str) -> dict:
    from realpolitik.pipeline import Timings, fuse

    timings = Timings(float)
    t0, c0 = time.perf_counter(), time.process_time()
    used = fuse(db, mode=mode, timings=timings)  # type: ignore[arg-type]
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    # CPU seconds: on a machine shared with other sessions, what the fusion itself used
    return {"step": f"fuse {mode}", "mode": used, "seconds": round(seconds, 1), "cpu_s": round(cpu, 1),
            "peak_mb": _peak_mb(), "stages": {k: round(v, 1) for k, v in sorted(timings.items())}}  # fmt: skip


def compare(a: str, b: str) -> dict:
    from realpolitik.store import Store

    out: dict = {"step": "compare"}
    for kind in ("events", "stories", "relations", "actors"):
        rows = []
        for db in (a, b):
            with Store(db, read_only=True) as store:
                rows.append({json.dumps(r, sort_keys=True, default=str) for r in store.records(kind)})
        out[kind] = {"rows": len(rows[1]), "differ": len(rows[0] ^ rows[1])}
    edges = []
    for db in (a, b):
        with Store(db, read_only=True) as store:
            edges.append(set(store.con.execute("SELECT * FROM story_edges").fetchall()))
    out["story_edges"] = {"rows": len(edges[1]), "differ": len(edges[0] ^ edges[1])}
    merges = []  # the merge history, without its step numbers (each run numbers its own)
    for db in (a, b):
        with Store(db, read_only=True) as store:
            merges.append(set(store.con.execute(
                "SELECT doc_a, doc_b, similarity FROM story_merges").fetchall()))  # fmt: skip
    out["story_merges"] = {"rows": len(merges[1]), "differ": len(merges[0] ^ merges[1])}
    return out


def _child(*args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(out.stderr[-3000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 30000, 100000])
    parser.add_argument("--add", type=int, default=1000)
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--out")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        step, *rest = args.child
        if step == "build":
            r = build(rest[0], int(rest[1]), args.data, int(rest[2]))
        elif step == "fuse":
            r = fuse_step(rest[0], rest[1])
        else:
            r = compare(rest[0], rest[1])
        print(json.dumps(r))
        return
    out = open(args.out, "a") if args.out else None  # noqa: SIM115

    def say(size: int, r: dict) -> dict:
        r = {"size": size, "load": round(os.getloadavg()[0], 1), **r}
        line = json.dumps(r)
        print(line, flush=True)
        if out:
            out.write(line + "\n")
            out.flush()
        return r

    tmp = Path(tempfile.mkdtemp(prefix="rp-scale-"))
    previous = None
    try:
        for n in args.sizes:
            db = str(tmp / f"s{n}.duckdb")
            say(n, _child("build", db, str(n), "0"))
            full = say(n, _child("fuse", db, "full"))
            if previous:
                per = 1 / math.log2(n / previous[0])
                say(n, {"step": "time per doubling",
                        "ratio": round((full["seconds"] / previous[1]["seconds"]) ** per, 2),
                        "cpu_ratio": round((full["cpu_s"] / previous[1]["cpu_s"]) ** per, 2)})  # fmt: skip
            previous = (n, full)
            if n == max(args.sizes) and args.add:
                say(n, _child("build", db, str(args.add), str(n)))
                copy = str(tmp / "copy.duckdb")
                shutil.copy(db, copy)
                inc = say(n, _child("fuse", db, "auto"))
                again = say(n, _child("fuse", copy, "full"))
                say(n, {"step": "incremental / full", "ratio": round(inc["seconds"] / again["seconds"], 3),
                        "cpu_ratio": round(inc["cpu_s"] / again["cpu_s"], 3)})  # fmt: skip
                say(n, _child("compare", db, copy))
            os.remove(db)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
