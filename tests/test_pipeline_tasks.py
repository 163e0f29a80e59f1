"""Batches go to the worker pool as small tasks and come back whole, in input order."""

from __future__ import annotations

import json

import duckdb
import pytest

from realpolitik import pipeline
from realpolitik.pipeline import Timings, _resolve_in_order


class _Job:
    def __init__(self, log: list[str], name: str, docs: list[str]) -> None:
        self.log, self.name, self.docs = log, name, docs

    def get(self):
        self.log.append(f"get {self.name}")
        timings = Timings(float)
        timings["nlp"] = 1.0
        return [d.upper() for d in self.docs], timings


def _pending(log, batches, task_size):
    for b, docs in enumerate(batches):
        jobs = []
        for t, start in enumerate(range(0, len(docs), task_size)):
            log.append(f"submit {b}.{t}")
            jobs.append(_Job(log, f"{b}.{t}", docs[start : start + task_size]))
        yield docs, jobs


def test_a_batch_comes_back_whole_and_in_order_from_its_tasks():
    batches = [[f"d{b}{i}" for i in range(n)] for b, n in enumerate([5, 3, 0, 4])]
    timings = Timings(float)
    out = list(_resolve_in_order(_pending([], batches, 2), timings, queued=2))
    assert [fresh for fresh, _ in out] == batches
    assert [analyses for _, analyses in out] == [[d.upper() for d in b] for b in batches]
    assert timings["nlp"] == 3 + 2 + 0 + 2  # one per task


def test_the_oldest_batch_is_awaited_only_once_later_tasks_are_queued():
    log: list[str] = []
    batches = [["a"] * 4, ["b"] * 4, ["c"] * 4]
    results = _resolve_in_order(_pending(log, batches, 2), Timings(float), queued=2)
    next(results)
    # batch 1's two tasks were submitted before anything of batch 0 was waited for
    assert log.index("submit 1.1") < log.index("get 0.0")
    assert "submit 2.0" not in log  # no more read ahead than needed


def _stored(db):
    with duckdb.connect(str(db), read_only=True) as con:
        return {
            table: con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()
            for table in ("event_mentions", "actor_mentions", "place_mentions", "events")
        }


@pytest.mark.slow
def test_a_run_split_into_worker_tasks_stores_what_one_process_stores(tmp_path):
    sentences = [
        "Rebels shelled a police post near Kandahar on Monday, killing two officers.",
        "The foreign minister of Chile met his Peruvian counterpart in Lima to discuss trade.",
        "Thousands marched in Nairobi on Friday to protest against rising fuel prices.",
        "Police in Dhaka arrested twelve opposition activists after a rally turned violent.",
    ]
    docs = [
        {"id": f"t{i}", "text": f"{sentences[i % 4]} Officials said on Tuesday that talks "
         f"would resume in round {i}.", "published": "2024-03-0" + str(1 + i % 9)}
        for i in range(20)
    ]  # fmt: skip
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    one = pipeline.run([str(path)], tmp_path / "one.duckdb", workers=1)
    two = pipeline.run([str(path)], tmp_path / "two.duckdb", workers=2)  # 3 tasks of <= 8
    assert one.counts == two.counts and one.counts["event_mentions"] > 0
    assert _stored(tmp_path / "one.duckdb") == _stored(tmp_path / "two.duckdb")
