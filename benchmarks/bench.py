"""Speed and memory benchmark (a script, not a test): prints figures, asserts nothing.

    .venv/bin/python benchmarks/bench.py [--docs 300] [--workers N] [--engine local|dask]
                                         [--no-bare] [--data ../shared/data]

On the first N ECB+ dev documents it measures: bare `nlp.pipe` of the same spaCy pipeline over
the same cleaned texts in one process; then the full pipeline end to end (ingest, clean, nlp,
actors, places, events, store, fusion) into a fresh DuckDB file, in a child process whose
memory (PSS of it and its workers, sampled every 50 ms) is tracked; `--engine dask` runs the
per-document stages on a local Dask cluster of `--workers` processes (default 2) instead of the
local engine's forked pool. Prints documents/s,
words/s, peak memory, the full/bare time ratio and how time splits across stages.

Before the measured run, a separate process loads the resources once, so that the measured run
reads the gazetteer, knowledge base and language-identification model from the build cache
(`realpolitik.buildcache`) as every run after the first does, whatever other checkouts sharing
the cache folder did meanwhile (a rebuild costs about 4 s more).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


_FIELDS = ("Rss", "Pss", "Shared_Clean", "Shared_Dirty", "Private_Clean", "Private_Dirty", "Pss_Anon")


def _rollup_kb(pid: int) -> dict[str, int]:
    """Memory figures (kB) from /proc/PID/smaps_rollup; empty once the process is gone."""
    out: dict[str, int] = {}
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            key, _, rest = line.partition(":")
            if key in _FIELDS:
                out[key] = int(rest.split()[0])
    except (OSError, ValueError, IndexError):
        return {}
    return out


def _family(pid: int) -> list[int]:
    """The process and its descendants, from each one's list of children (reading the stat of
    every process on the machine, as before, cost about 5% of a core at 20 samples a second:
    time the measured run did not get)."""
    if not Path(f"/proc/{pid}/task/{pid}/children").exists():  # a kernel without the lists
        return _family_by_scan(pid)
    out = [pid]
    for p in out:  # grows as children are found
        try:
            tasks = Path(f"/proc/{p}/task").iterdir()
            for task in tasks:
                out += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
    return out


def _family_by_scan(pid: int) -> list[int]:
    out = [pid]
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parts = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(parts[1]) in out:
            out.append(int(stat.parent.name))
    return out


def _write_sample(data: Path, n: int, dest: Path) -> list[str]:
    lines = (data / "ecbplus" / "dev.jsonl").read_text(encoding="utf-8").splitlines()[:n]
    dest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [json.loads(line)["text"] for line in lines]


def bare_spacy(texts: list[str]) -> float:
    from realpolitik.clean import clean_document
    from realpolitik.model import Document
    from realpolitik.nlp import load_pipeline

    cleaned = [clean_document(Document(doc_id=str(i), source="", raw=t)).text for i, t in enumerate(texts)]
    nlp = load_pipeline()
    list(nlp.pipe(cleaned[:8]))  # warm up
    t0 = time.perf_counter()
    for _ in nlp.pipe(cleaned, batch_size=64):
        pass
    return time.perf_counter() - t0


def warm_build_cache() -> None:
    """Load the resources in a separate process: builds the cached objects if they are missing."""
    code = "from realpolitik.pipeline import Resources; Resources.load()"
    subprocess.run([sys.executable, "-c", code], check=True)


def full_pipeline(sample: Path, workers: int | None, engine: str = "local") -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        code = (
            "import json,sys,time;from realpolitik.pipeline import run;"
            f"t=time.perf_counter();s=run([{str(sample)!r}], {str(Path(tmp) / 'b.duckdb')!r}, workers={workers!r}, engine={engine!r});"
            "print(json.dumps({'wall': time.perf_counter()-t, **s.as_dict()}))"
        )
        proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
        peak = 0
        at_peak: dict[int, dict[str, int]] = {}  # per process, at the moment of the peak
        done = threading.Event()

        def sample_memory() -> None:
            nonlocal peak, at_peak
            while not done.is_set():
                rollups = {p: _rollup_kb(p) for p in _family(proc.pid)}
                total = sum(r.get("Pss", 0) for r in rollups.values())
                if total > peak:
                    peak, at_peak = total, rollups
                time.sleep(0.05)

        sampler = threading.Thread(target=sample_memory, daemon=True)
        cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        sampler.start()
        out, _ = proc.communicate()
        done.set()
        cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
        sampler.join()
        if proc.returncode != 0:
            raise SystemExit(f"full pipeline failed with status {proc.returncode}")
        result = json.loads(out.strip().splitlines()[-1])
        result["peak_mb"] = peak / 1024
        # CPU seconds of the run and every process it waited for (pool or cluster workers): less
        # sensitive than wall time to other load on a shared machine.
        result["cpu_s"] = (cpu_after.ru_utime - cpu_before.ru_utime) + (
            cpu_after.ru_stime - cpu_before.ru_stime
        )
        result["at_peak"] = {
            ("parent" if p == proc.pid else f"worker {p}"): r for p, r in at_peak.items() if r
        }
        return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--workers", type=int, default=None, help="analysis processes (default: one per core)")
    parser.add_argument("--engine", choices=("local", "dask"), default="local",
                        help="dask: a local Dask cluster of --workers processes (default 2)")  # fmt: skip
    parser.add_argument("--no-bare", action="store_true", help="skip the bare nlp.pipe measurement")
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.jsonl"
        texts = _write_sample(Path(args.data), args.docs, sample)
        words = sum(len(t.split()) for t in texts)
        warm_build_cache()
        load = os.getloadavg()
        full = full_pipeline(sample, args.workers, args.engine)
        load_after = os.getloadavg()  # the run's own processes count in it (up to 3 here)
        bare = None if args.no_bare else bare_spacy(texts)
    wall = full["wall"]
    print(f"documents: {len(texts)}  words: {words}  cores: {os.cpu_count()}  engine: {args.engine}")
    print("load average before the run: " + " ".join(f"{x:.2f}" for x in load))
    print("load average after the run:  " + " ".join(f"{x:.2f}" for x in load_after))
    if bare is not None:
        print(f"bare nlp.pipe (1 process): {bare:.2f} s  ({len(texts) / bare:.1f} docs/s, {words / bare:.0f} words/s)")
    print(f"full pipeline:             {wall:.2f} s  ({len(texts) / wall:.1f} docs/s, {words / wall:.0f} words/s)")
    if bare is not None:
        print(f"ratio full / bare spaCy:   {wall / bare:.2f}")
    print(f"CPU time (all processes):  {full['cpu_s']:.1f} s  ({full['cpu_s'] / len(texts):.3f} s/doc)")
    print(f"peak memory (PSS, all processes): {full['peak_mb']:.0f} MB")
    print("  at the peak, MB:   " + "".join(f"{f:>14s}" for f in _FIELDS))
    for name, r in full["at_peak"].items():
        print(f"  {name:18s}" + "".join(f"{r.get(f, 0) / 1024:14.0f}" for f in _FIELDS))
    print("time by stage (seconds, summed over worker processes):")
    for stage, seconds in sorted(full["timings"].items(), key=lambda kv: -kv[1]):
        print(f"  {stage:14s} {seconds:7.2f}")
    print(f"events: {full['counts'].get('events')}  event mentions: {full['counts'].get('event_mentions')}")


if __name__ == "__main__":
    main()
