"""Story clustering scorer: B-cubed precision/recall/F1 of `cluster_stories` on ECB+ dev.

ECB+ gives each document a `subtopic`: the real-world happening it reports. Each topic holds two
look-alike happenings (two rehab check-ins, two earthquakes), so grouping by topic is not enough.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from realpolitik.model import Document

ECBPLUS_DEV = "ecbplus/dev.jsonl"

Item = TypeVar("Item", bound=Hashable)


def bcubed(predicted: Mapping[Item, Hashable], gold: Mapping[Item, Hashable]) -> dict[str, float]:
    """B-cubed precision, recall and F1 of a clustering (item -> cluster) against gold.

    Items missing from `predicted` count as singletons; items not in `gold` are ignored.
    """
    items = list(gold)
    if not items:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    labels = {i: predicted.get(i, ("singleton", i)) for i in items}
    by_predicted: dict[Hashable, set[Item]] = defaultdict(set)
    by_gold: dict[Hashable, set[Item]] = defaultdict(set)
    for i in items:
        by_predicted[labels[i]].add(i)
        by_gold[gold[i]].add(i)
    precision = recall = 0.0
    for i in items:
        same = len(by_predicted[labels[i]] & by_gold[gold[i]])
        precision += same / len(by_predicted[labels[i]])
        recall += same / len(by_gold[gold[i]])
    precision /= len(items)
    recall /= len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def load_ecbplus(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def ecbplus_documents(rows: Iterable[Mapping[str, Any]]) -> list[Document]:
    return [
        Document(doc_id=r["id"], source="ecbplus", raw=r["text"], text=r["text"], status="ok")
        for r in rows
    ]


def score_rows(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """B-cubed of `cluster_stories` on ECB+ rows (`id`, `text`, `subtopic`), with its runtime."""
    from realpolitik.fusion.stories import cluster_stories

    started = time.perf_counter()
    stories = cluster_stories(ecbplus_documents(rows))
    seconds = time.perf_counter() - started
    predicted = {d: s.story_id for s in stories for d in s.doc_ids}
    scores: dict[str, Any] = bcubed(predicted, {r["id"]: r["subtopic"] for r in rows})
    scores.update(
        documents=len(rows),
        gold_stories=len({r["subtopic"] for r in rows}),
        predicted_stories=len(stories),
        seconds=round(seconds, 3),
    )
    return scores


def score_stories(data_dir: Path, split_half: bool = False) -> dict[str, Any]:
    """Score on `data_dir`/ecbplus/dev.jsonl: the whole set, its tune and check parts (by topic,
    `realpolitik.eval.splits`), and with `split_half` also topics 1-17 and 18-35.

    Every part is scored with the same fixed settings. The clustering's settings were chosen on
    the whole set before the split existed, so the check part is not truly unseen for them; a
    large gap between the parts still warns that they were fitted to one of them.
    """
    from realpolitik.eval.splits import split

    rows = load_ecbplus(Path(data_dir) / ECBPLUS_DEV)
    result = score_rows(rows)
    for part, part_rows in split("ecbplus", rows, key=lambda r: r["topic"]).items():
        result[part] = score_rows(part_rows)
    if split_half:
        result["topics_1_17"] = score_rows([r for r in rows if int(r["topic"]) <= 17])
        result["topics_18_35"] = score_rows([r for r in rows if int(r["topic"]) > 17])
    return result


if __name__ == "__main__":
    import sys

    print(
        json.dumps(
            score_stories(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/data"), True),
            indent=2,
        )
    )
