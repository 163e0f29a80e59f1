"""Scaling benchmark of the corpus-level stages (a script, not a test): prints figures only.

    .venv/bin/python benchmarks/scale.py [--sizes 2000 4000 8000] [--data ../shared/data]

Story clustering is measured on synthetic corpora made from the ECB+ dev texts: copy k of a text
has 30% of its words replaced by words drawn from the whole corpus (seeded), so copies of one
text form one happening and the corpus grows without the language pipeline. Each size runs in a
fresh child process; prints seconds, peak memory (max RSS) and the time ratio per doubling.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPLACED = 0.3


def synthetic_documents(data: Path, n: int, seed: int = 13) -> list:
    from realpolitik.model import Document

    rows = [json.loads(line) for line in (data / "ecbplus" / "dev.jsonl").open(encoding="utf-8")]
    vocabulary = [w for r in rows for w in r["text"].split()]
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        row = rows[i % len(rows)]
        words = row["text"].split()
        if i >= len(rows):  # copies beyond the originals: 30% of the words replaced
            words = [rng.choice(vocabulary) if rng.random() < REPLACED else w for w in words]
        text = " ".join(words)
        docs.append(Document(doc_id=f"s{i}", source="synthetic", raw=text, text=text, status="ok"))
    return docs


def _measure_child(data: str, n: int) -> dict:
    from realpolitik.fusion.stories import cluster_stories

    docs = synthetic_documents(Path(data), n)
    t0 = time.perf_counter()
    stories = cluster_stories(docs)
    seconds = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"documents": n, "stories": len(stories), "seconds": round(seconds, 2), "peak_mb": round(peak_mb)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 4000, 8000])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_measure_child(args.data, args.child)))
        return
    previous = None
    print("stories: documents  seconds  peak MB  time ratio per doubling")
    for n in args.sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(n), "--data", args.data],
            capture_output=True, text=True, check=True,
        )
        r = json.loads(out.stdout.strip().splitlines()[-1])
        ratio = ""
        if previous and r["seconds"] > 0 and previous["seconds"] > 0:
            doublings = math.log2(n / previous["documents"])
            ratio = f"{(r['seconds'] / previous['seconds']) ** (1 / doublings):.2f}"
        print(f"         {n:>9}  {r['seconds']:>7}  {r['peak_mb']:>7}  {ratio}")
        previous = r


if __name__ == "__main__":
    main()
