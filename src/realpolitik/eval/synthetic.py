"""Score PLOVER typing on the NGEC synthetic stories: a measure the rules were never written on.

The stories (`data/ngec_synthetic/`, Andy Halterman, MIT) carry a story-level PLOVER type from the
prompt that generated them. We read each story's first sentence, take its most confident event
(`eval.plover.top_event`, as the PLOVER scorer does) and compare types. The ~375 headline
templates are filled with many countries, so the split is by a hash of the template: a fixed
quarter is held apart (never read while tuning; the same quarter `scripts/train_plover.py` holds
apart), the other three quarters are the tune part. A fixed sample of each part (ordered by a hash
of the story's id, its row number) keeps the scorer fast.

The labels are pseudo-labels (the type asked of the generator, not checked by a reader), so the
scorer also reports cooperation-vs-conflict agreement (PLOVER quad classes 1-2 against 3-4),
which survives most near-miss labels. Misses of the tune part are sorted into classes: no event
found; the gold type among the sentence's events but not the main one; no event of the gold type.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import re
from collections import Counter
from pathlib import Path
from typing import Any

from realpolitik.errors import UsageError
from realpolitik.eval.plover import top_event
from realpolitik.events.lexicon import QUAD_CLASS

SYNTHETIC_FILE = "gpt_synthetic_events_2023-10-19.csv.gz"
HELD_APART_SHARE = 4  # one template in four is held apart
# Sample sizes: ~800 first sentences run in about a minute on a loaded two-core machine.
TUNE_SAMPLE = 600
HELD_SAMPLE = 200
# The first sentence: up to a full stop followed by a space and a capital (or the end), not one
# that closes an abbreviation ("the U.S. Navy", "Gov. Brown", "Nov. 3"); at most 400 characters.
SENTENCE_END = re.compile(r"[.!?][\"')]?(?=\s+[\"'(A-Z]|\s*$)")
ABBREVIATION = re.compile(
    r"(\b[A-Z]\.([A-Z]\.)*|\b(Mr|Mrs|Ms|Dr|Gov|Gen|Sen|Rep|Col|Lt|Sgt|Capt|St|Jr|Sr|Prof|Rev|"
    r"Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Calif|No|Co|Corp|Inc|Ltd|vs)\.)$"
)
PARTS = ("tune", "held_apart")


def template_part(title_template: str) -> str:
    """`held_apart` for the fixed quarter of headline templates, else `tune`."""
    digest = hashlib.sha256(title_template.encode()).digest()[0]
    return "held_apart" if digest % HELD_APART_SHARE == 0 else "tune"


def synthetic_stories(path: Path) -> list[dict[str, Any]]:
    """Every story's first sentence, PLOVER label and part (`tune` or `held_apart`)."""
    path = path / SYNTHETIC_FILE if path.is_dir() else path
    if not path.exists():
        raise UsageError(f"{path}: NGEC synthetic stories missing")
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for i, row in enumerate(csv.DictReader(f)):
            if not {"text", "title", "label"} <= row.keys():
                raise UsageError(f"{path}: expected columns text, title, label")
            lead = first_sentence(row["text"])
            if not lead or row["label"] not in QUAD_CLASS:
                continue
            out.append(
                {
                    "id": f"ngec{i}",
                    "text": lead,
                    "label": row["label"],
                    "part": template_part(row["title"]),
                }
            )
    return out


def first_sentence(text: str) -> str:
    """The story's first sentence (whitespace runs made single spaces), or "" when it has none
    of 20-400 characters."""
    text = " ".join(text.split())
    for end in SENTENCE_END.finditer(text):
        cut = text[: end.end()]
        if ABBREVIATION.search(cut) and end.group(0) == ".":
            continue
        if len(cut) < 20:
            continue
        return cut if len(cut) <= 400 else ""
    return ""


def sample(stories: list[dict[str, Any]], tune: int, held: int) -> list[dict[str, Any]]:
    """A fixed sample of each part: the stories whose id hashes lowest."""

    def key(s: dict[str, Any]) -> str:
        return hashlib.sha256(s["id"].encode()).hexdigest()

    out: list[dict[str, Any]] = []
    for part, n in (("tune", tune), ("held_apart", held)):
        members = sorted((s for s in stories if s["part"] == part), key=key)
        out += members[:n] if n > 0 else members
    return out


def score_synthetic(
    data_dir: Path, res: Any = None, tune: int = TUNE_SAMPLE, held: int = HELD_SAMPLE
) -> dict[str, Any]:
    """Type accuracy and cooperation-vs-conflict agreement of the main event of each sampled first
    sentence, per part; the tune part's misses by class (`miss_classes`, `misses`). `tune` or
    `held` of 0 takes the whole part."""
    from realpolitik.model import Document
    from realpolitik.pipeline import Resources, analyse_documents

    res = res or Resources.load()
    stories = sample(synthetic_stories(Path(data_dir)), tune, held)
    docs = [Document(doc_id=s["id"], source="ngec", raw=s["text"], text=s["text"]) for s in stories]
    rows = []
    for story, analysis in zip(stories, analyse_documents(docs, res), strict=True):
        top = top_event(analysis.event_mentions)
        types = {e.plover_type for e in analysis.event_mentions}
        predicted = top.plover_type if top else None
        if predicted == story["label"]:
            miss = None
        elif top is None:
            miss = "no_event"
        elif story["label"] in types:
            miss = "wrong_main_event"
        else:
            miss = "type_wrong"
        rows.append({**story, "predicted": predicted, "miss": miss,
                     "trigger": top.trigger if top else ""})  # fmt: skip
    out: dict[str, Any] = {part: _summary([r for r in rows if r["part"] == part]) for part in PARTS}
    tune_misses = [r for r in rows if r["part"] == "tune" and r["miss"]]
    out["miss_classes"] = dict(Counter(r["miss"] for r in tune_misses).most_common())
    out["confusions"] = {
        f"{gold}->{pred}": n
        for (gold, pred), n in Counter(
            (r["label"], r["predicted"]) for r in tune_misses
        ).most_common(15)
    }
    out["misses"] = [
        {k: r[k] for k in ("id", "label", "predicted", "miss", "trigger", "text")}
        for r in tune_misses
    ]
    return out


def _summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    n = len(rows)
    found = [r for r in rows if r["predicted"]]
    agree = sum((QUAD_CLASS[r["predicted"]] <= 2) == (QUAD_CLASS[r["label"]] <= 2) for r in found)
    correct = sum(r["predicted"] == r["label"] for r in rows)
    return {
        "n": n,
        "correct": correct,
        "accuracy": round(correct / n, 4) if n else 0.0,
        "event_found": round(len(found) / n, 4) if n else 0.0,
        # over the sentences with an event (a sentence without one has no side to agree on)
        "coop_conflict": round(agree / len(found), 4) if found else 0.0,
        "accuracy_when_found": round(correct / len(found), 4) if found else 0.0,
    }
