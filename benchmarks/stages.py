"""CPU time of the per-document stages after the parse (a script, not a test): prints figures.

    .venv/bin/python benchmarks/stages.py [--docs 150] [--data ../shared/data] [--src PATH]
                                          [--profile OUT.prof]

In one process: loads the resources and warms up as a run does, reads and cleans the first N ECB+
dev documents, parses them all first (the parse is not measured), then runs actors, places and
events on each parse and prints the CPU seconds (process clock) of each stage, of the ACLED
embeddings inside the events stage (onnxruntime's `Session.run` and the pooling), and a digest of
everything the stages returned: two codes give the same digest only if their outputs are equal.

`--src` runs another checkout's `src/` (say a copy of the commit before a change) with this
environment, so that old and new code can be run alternately on the same documents. `--profile`
runs the stages under cProfile and writes its statistics (note that cProfile counts every
spaCy `Token` made as a call and inflates the stages that walk tokens; compare shares, and prefer
the plain clock figures for seconds).
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=150)
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--src", default=None, help="another checkout's src/ to run")
    ap.add_argument("--profile", default=None, help="write cProfile statistics here")
    args = ap.parse_args()
    if args.src:
        sys.path.insert(0, str(Path(args.src).resolve()))
    from ecbplus_sample import cleaned_sample

    import realpolitik
    import realpolitik.events.embeddings as embeddings
    from realpolitik.actors import find_actors
    from realpolitik.events import extract_events
    from realpolitik.pipeline import NLP_BATCH_SIZE, Resources, warm_up
    from realpolitik.places import find_places

    docs = cleaned_sample(args.data, args.docs)
    res = Resources.load()
    warm_up(res)
    sdocs = list(res.nlp.pipe([d.text for d in docs], batch_size=NLP_BATCH_SIZE))

    clock = {"actors": 0.0, "places": 0.0, "events": 0.0, "embeddings": 0.0}
    run = embeddings._run
    embedded = [0]  # texts the model ran (repeats answered by the memo are not run)

    def timed_run(texts: list[str]):  # type: ignore[no-untyped-def]
        t0 = time.process_time()
        out = run(texts)
        clock["embeddings"] += time.process_time() - t0
        embedded[0] += len(texts)
        return out

    embeddings._run = timed_run  # embed_counted looks it up at each call

    def stages() -> list[object]:
        outs: list[object] = []
        for doc, sdoc in zip(docs, sdocs, strict=True):
            t0 = time.process_time()
            actors, new_actors = find_actors(doc, sdoc, res.kb)
            t1 = time.process_time()
            places = find_places(doc, sdoc, res.gazetteer, actors)
            t2 = time.process_time()
            events = extract_events(doc, sdoc, actors, places)
            t3 = time.process_time()
            clock["actors"] += t1 - t0
            clock["places"] += t2 - t1
            clock["events"] += t3 - t2
            outs.append((actors, new_actors, places, events))
        return outs

    if args.profile:
        profiler = cProfile.Profile()
        outs = profiler.runcall(stages)
        profiler.dump_stats(args.profile)
    else:
        outs = stages()
    figures = {k: round(v, 2) for k, v in clock.items()}
    figures["events without embeddings"] = round(clock["events"] - clock["embeddings"], 2)
    figures["all three stages"] = round(clock["actors"] + clock["places"] + clock["events"], 2)
    print(json.dumps({
        "code": str(Path(realpolitik.__file__).parents[1]),
        "documents": len(docs),
        "cpu_s": figures,
        "embedded_sentences": embedded[0],
        "outputs_digest": hashlib.sha256(repr(outs).encode()).hexdigest()[:16],
    }, indent=1))  # fmt: skip


if __name__ == "__main__":
    main()
