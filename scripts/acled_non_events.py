"""What the ACLED step types on sentences that report no act (issue 9, item 3, round 8): an
experiment script.

Runs the seeds (`../shared/seeds`) through the pipeline into a temporary database and lists
every event mention with an ACLED sub-type: whether the ACLED step added it (no lexicon trigger)
or typed a lexicon event, and whether it falls on an entry of the seeds' non-events
(`eval/gold/seeds_non_events.yaml`: the `no_event` and `not_asserted` rows). Then the own ACLED
sets' "none" sentences (`eval/gold/acled_own*.yaml`): how many get a type, per part.

    .venv/bin/python scripts/acled_non_events.py
"""
import json
import sys
import tempfile
from pathlib import Path

import yaml

import realpolitik.events.acled_typing as AT
import realpolitik.events.extract as EX
from realpolitik.eval.case import OWN_SETS, read_own, snippet_type
from realpolitik.eval.seeds import NON_EVENTS, _has_cues
from realpolitik.model import Document
from realpolitik.pipeline import Resources, analyse_documents, run

typed: list[dict] = []
real_assign = AT.assign_acled


def record(doc, sdoc, events, actors, places):
    before = {id(e) for e in events}
    out = real_assign(doc, sdoc, events, actors, places)
    for e in out:
        if e.acled_sub_event_type:
            typed.append({"doc": Path(doc.doc_id).name[:3], "trigger": e.trigger,
                          "sub": e.acled_sub_event_type, "added": id(e) not in before,
                          "polarity": e.polarity, "sentence": e.sentence})
    return out


EX.assign_acled = record
seeds = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/seeds")
entries = yaml.safe_load(NON_EVENTS.read_text(encoding="utf-8"))["non_events"]
with tempfile.TemporaryDirectory() as tmp:
    run([str(seeds)], Path(tmp) / "seeds.duckdb", workers=1)
on_entries = 0
for r in typed:
    hit = [en for en in entries if r["doc"].startswith(en["doc"]) and _has_cues(r["sentence"], en["cue"])
           and en["trigger"].lower() in r["trigger"].lower()]
    r["non_event_entry"] = [f"{h['outcome']} ({h.get('class', '')})" for h in hit]
    on_entries += bool(hit)
    r["sentence"] = r["sentence"][:160]
print(json.dumps({"seeds_typed_mentions": len(typed),
                  "added_by_acled_step": sum(r["added"] for r in typed),
                  "on_non_event_entries": on_entries}))
for r in typed:
    print(json.dumps(r))
res = Resources.load()
for key, path in OWN_SETS.items():
    rows = [r for r in read_own(path) if r["label"] == "none"]
    docs = [Document(doc_id=r["id"], source="own", raw=r["text"], text=r["text"]) for r in rows]
    out = {"tune": [0, 0], "check": [0, 0]}
    for r, a in zip(rows, analyse_documents(docs, res), strict=True):
        pred = snippet_type(a.event_mentions)
        out[r["part"]][0] += 1
        out[r["part"]][1] += pred != "none"
    print(json.dumps({"own_set": key, "none_sentences_typed": out}))
