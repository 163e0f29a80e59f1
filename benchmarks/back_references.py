"""Benchmark of party-less back-references in event fusion (a script, not a test): prints figures.

    .venv/bin/python benchmarks/back_references.py [--happenings 20000] [--references 2000]

`scale.py`'s synthetic corpus names both parties of every mention, so it never reaches
`fusion/back_references.joined_happening`. Here one type family holds `--happenings` reported
acts (a pair of states out of 60, one a day over a year, two documents each) and
`--references` later articles that each name a new act of two states and recall "the seizure"
with no parties. Before round r9 every back-reference scanned every cluster of the family; now
it reads the family's block index by the countries its article names. Prints the seconds of
`fuse_events` (CPU) and the peak memory of the process, as one JSON line.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import time
from datetime import date, timedelta

from realpolitik.fusion import fuse_events
from realpolitik.model import ActorMention, DateInfo, EventMention

START = date(2025, 1, 1)


def _state(code: str, doc_id: str) -> ActorMention:
    return ActorMention(doc_id, 0, 1, code, code, code, code, None)


def _mention(doc_id: str, at: int, parties: tuple[str, str] | None, trigger: str, day: date,
             from_document: bool = False) -> EventMention:  # fmt: skip
    sentence = f"Officials said the {trigger} took place."
    iso = day.isoformat()
    return EventMention(
        doc_id=doc_id, char_start=at, char_end=at + len(sentence), sentence=sentence,
        trigger=trigger, trigger_start=at + sentence.find(trigger), plover_type="COERCE",
        quad_class=4,
        source=[_state(parties[0], doc_id)] if parties else [],
        target=[_state(parties[1], doc_id)] if parties else [],
        date=DateInfo(iso, iso, "day", None if from_document else iso, from_document),
        mention_id=f"{doc_id}:{at}",
    )  # fmt: skip


def corpus(happenings: int, references: int, seed: int = 7) -> list[EventMention]:
    rng = random.Random(seed)
    codes = [f"S{i:02d}" for i in range(60)]
    out = []
    for i in range(happenings):
        pair = tuple(rng.sample(codes, 2))
        day = START + timedelta(days=i * 365 // happenings)
        for copy in range(2):
            out.append(_mention(f"h{i}_{copy}", 0, pair, "seized", day))  # type: ignore[arg-type]
    for j in range(references):
        pair = tuple(rng.sample(codes, 2))
        day = START + timedelta(days=rng.randrange(365))
        doc = f"r{j}"
        # the recall opens the article, so no earlier act of it is continued (`antecedents`)
        out.append(_mention(doc, 0, None, "seizure", day, from_document=True))
        out.append(_mention(doc, 100, pair, "detained", day))  # type: ignore[arg-type]
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--happenings", type=int, default=20000)
    parser.add_argument("--references", type=int, default=2000)
    args = parser.parse_args()
    mentions = corpus(args.happenings, args.references)
    c0 = time.process_time()
    events = fuse_events(mentions)
    cpu = time.process_time() - c0
    peak = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(json.dumps({"happenings": args.happenings, "references": args.references,
                      "mentions": len(mentions), "events": len(events),
                      "fuse_cpu_s": round(cpu, 1), "peak_mb": peak}))  # fmt: skip


if __name__ == "__main__":
    main()
