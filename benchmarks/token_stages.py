"""CPU time of the actor and place stages on fixed parses (a script, not a test): prints figures.

    .venv/bin/python benchmarks/token_stages.py [--docs 150] [--reps 3] [--data ../shared/data]
                                                [--src PATH] [--profile OUT.prof]

In one process: loads the resources and warms up as a run does, parses the first N ECB+ dev
documents once (kept in /tmp as a `DocBin`, so later runs skip the parse), freezes the garbage
collector's heap as the pipeline does before forking its workers, then for each repetition
deserialises fresh documents (no per-document table carried over) and runs actors then places
on each, as a worker does, and prints the CPU seconds (process clock) of each stage, then of
each stage alone on fresh documents, and a digest of everything they returned: two codes give
the same digest only if their outputs are equal. `--src` runs another checkout's `src/` with
this environment, so that old and new code can be run alternately (issue 9's round 11,
docs/benchmarks.md). `--profile` writes cProfile statistics of a last pass (places, then
actors to OUT.prof.actors): their call and `Token` counts do not depend on the machine's load.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import hashlib
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=150)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--src", default=None, help="another checkout's src/ to run")
    ap.add_argument("--profile", default=None, help="write cProfile statistics here")
    args = ap.parse_args()
    if args.src:
        sys.path.insert(0, str(Path(args.src).resolve()))
    from ecbplus_sample import cleaned_sample
    from spacy.tokens import DocBin

    import realpolitik
    from realpolitik.actors import find_actors
    from realpolitik.pipeline import NLP_BATCH_SIZE, Resources, warm_up
    from realpolitik.places import find_places

    print("code:", Path(realpolitik.__file__).parents[1])
    docs = cleaned_sample(args.data, args.docs)
    res = Resources.load()
    warm_up(res)
    cache = Path(tempfile.gettempdir()) / f"realpolitik_token_stages_{args.docs}.spacy"
    if cache.exists():
        blob = cache.read_bytes()
    else:
        parsed = DocBin(store_user_data=False)
        for sdoc in res.nlp.pipe([d.text for d in docs], batch_size=NLP_BATCH_SIZE):
            parsed.add(sdoc)
        blob = parsed.to_bytes()
        cache.write_bytes(blob)

    def fresh() -> list:  # type: ignore[type-arg]
        return list(DocBin().from_bytes(blob).get_docs(res.nlp.vocab))

    actors = [find_actors(d, s, res.kb)[0] for d, s in zip(docs, fresh(), strict=True)]
    gc.collect()
    gc.freeze()
    digest = None
    for rep in range(args.reps):
        sdocs = fresh()
        in_actors = in_places = 0.0
        outs = []
        for doc, sdoc in zip(docs, sdocs, strict=True):
            t0 = time.process_time()
            found = find_actors(doc, sdoc, res.kb)
            t1 = time.process_time()
            places = find_places(doc, sdoc, res.gazetteer, found[0])
            t2 = time.process_time()
            in_actors, in_places = in_actors + t1 - t0, in_places + t2 - t1
            outs.append((found, places))
        sdocs = fresh()
        t0 = time.process_time()
        for doc, sdoc, act in zip(docs, sdocs, actors, strict=True):
            find_places(doc, sdoc, res.gazetteer, act)
        alone_places = time.process_time() - t0
        sdocs = fresh()
        t0 = time.process_time()
        for doc, sdoc in zip(docs, sdocs, strict=True):
            find_actors(doc, sdoc, res.kb)
        alone_actors = time.process_time() - t0
        print(
            f"rep {rep}: in order: actors {in_actors:.3f} places {in_places:.3f} "
            f"both {in_actors + in_places:.3f} | alone: actors {alone_actors:.3f} "
            f"places {alone_places:.3f}",
            flush=True,
        )
        this = hashlib.sha256(repr(outs).encode()).hexdigest()[:16]
        if digest not in (None, this):
            raise SystemExit(f"outputs differ between repetitions: {digest} {this}")
        digest = this
    print("outputs digest:", digest)
    if args.profile:
        sdocs = fresh()
        profiler = cProfile.Profile()
        for doc, sdoc, act in zip(docs, sdocs, actors, strict=True):
            profiler.runcall(find_places, doc, sdoc, res.gazetteer, act)
        profiler.dump_stats(args.profile)
        sdocs = fresh()
        profiler = cProfile.Profile()
        for doc, sdoc in zip(docs, sdocs, strict=True):
            profiler.runcall(find_actors, doc, sdoc, res.kb)
        profiler.dump_stats(args.profile + ".actors")


if __name__ == "__main__":
    main()
