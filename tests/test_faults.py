"""Fault injection: a run killed anywhere (SIGKILL: no cleanup) and resumed equals one clean run.

Short synthetic reports in batches of three make a small input span many batches. The runs are
forked from this process after the pipeline is loaded once (the fork shares it, as the worker pool
does), so each killed run costs its analysis only. Kill points: the named fault points of
`realpolitik.faults` (after a batch is parsed; inside a batch's transaction; inside the fusion's
transaction) and seeded random times across a run.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
import warnings
from pathlib import Path
from typing import Any

import pytest
from proc_helpers import alive

from realpolitik import faults, pipeline
from realpolitik.errors import RealpolitikWarning
from realpolitik.store import Store

pytestmark = pytest.mark.slow

BATCH = 3
N_DOCS = 21  # seven batches
N_FIRST = 12  # the first increment

_ACTORS = [
    ("Turkish troops", "Kurdish fighters"), ("Russian forces", "Ukrainian soldiers"),
    ("Kenyan police", "protesters"), ("Pakistani officials", "Afghan officials"),
    ("Israeli jets", "Hezbollah positions"), ("Indian diplomats", "Chinese envoys"),
    ("Sudanese army units", "paramilitary fighters"),
]  # fmt: skip
_ACTS = [
    "{a} attacked {b} near {p} on {d}.",
    "{a} met {b} in {p} on {d} to discuss a ceasefire.",
    "{a} accused {b} of violating the truce in {p} on {d}.",
    "{a} arrested dozens of {b} in {p} on {d}.",
]
_PLACES = ["Aleppo", "Kharkiv", "Nairobi", "Kabul", "Tyre", "Beijing", "Khartoum", "Quetta"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _reports(n: int, seed: int = 7) -> list[str]:
    """Distinct one- or two-sentence reports (under 25 words: only exact copies are duplicates)."""
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < n:
        a, b = rng.choice(_ACTORS)
        text = rng.choice(_ACTS).format(a=a, b=b, p=rng.choice(_PLACES), d=rng.choice(_DAYS))
        if text not in out:
            out.append(text[0].upper() + text[1:])
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: Any) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("corpus")
    texts = _reports(N_DOCS)
    lines = [json.dumps({"id": f"r{i:02d}", "published": f"2024-03-0{1 + i % 9}", "text": t})
             for i, t in enumerate(texts)]  # fmt: skip
    first, whole = folder / "first.jsonl", folder / "whole.jsonl"
    first.write_text("\n".join(lines[:N_FIRST]) + "\n", encoding="utf-8")
    whole.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"first": str(first), "whole": str(whole)}


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: Any) -> None:
    monkeypatch.setenv("REALPOLITIK_BATCH_SIZE", str(BATCH))
    monkeypatch.delenv(faults.ENV, raising=False)


@pytest.fixture(scope="module")
def clean(corpus: dict[str, str], tmp_path_factory: Any) -> dict[str, Any]:
    """One uninterrupted run of the whole input: what every resumed store must equal."""
    db = tmp_path_factory.mktemp("clean") / "clean.duckdb"
    os.environ["REALPOLITIK_BATCH_SIZE"] = str(BATCH)
    try:
        pipeline.Resources.load()  # cached: the runs below and the forks share it
        t0 = time.perf_counter()
        pipeline.run([corpus["whole"]], db, workers=1)
        seconds = time.perf_counter() - t0
    finally:
        del os.environ["REALPOLITIK_BATCH_SIZE"]
    snap = snapshot(db)
    assert len(snap["documents"]) == N_DOCS and snap["event_mentions"] and snap["events"]
    return {"snapshot": snap, "seconds": seconds, "db": db}


def snapshot(db: str | Path, source: bool = True) -> dict[str, list[Any]]:
    """What a store holds, less what differs between equal runs (times, run records).

    `source=False` leaves out the path each document was read from.
    """
    queries = {
        "documents": f"SELECT doc_id, base_id, version, {'source' if source else 'NULL'}, raw, text, title, url, "
        "CAST(published AS VARCHAR), status, reason, duplicate_of, content_hash, raw_hash "
        "FROM documents",
        "actor_mentions": "SELECT * FROM actor_mentions",
        "place_mentions": "SELECT * FROM place_mentions",
        "event_mentions": "SELECT mention_id, doc_id, plover_type, CAST(record AS VARCHAR) "
        "FROM event_mentions",
        "found_actors": "SELECT actor_id, doc_id, CAST(record AS VARCHAR) FROM found_actors",
        "events": "SELECT event_id, CAST(record AS VARCHAR) FROM events",
        "stories": "SELECT story_id, CAST(doc_ids AS VARCHAR), title FROM stories",
        "story_edges": "SELECT doc_a, doc_b, similarity FROM story_edges",
        # the merge history, without its step numbers (each run numbers its own)
        "story_merges": "SELECT doc_a, doc_b, similarity FROM story_merges",
        "relations": "SELECT source_id, target_id, period, n_events, cooperation, conflict, "
        "score, intended, CAST(event_ids AS VARCHAR) FROM relations",
        "actors": "SELECT actor_id, name, n_events FROM actors",
    }
    with Store(db, read_only=True) as store:
        return {
            name: sorted(store.con.execute(sql).fetchall(), key=repr)
            for name, sql in queries.items()
        }


def fork_run(db: Path, inputs: list[str], fault: str | None = None, workers: int = 1,
             stderr: Path | None = None, tag: str | None = None) -> int:  # fmt: skip
    """Start `pipeline.run` in a forked child; its pid. The child exits 0, 1, or dies by a fault."""
    pid = os.fork()
    if pid:
        return pid
    code = 1
    try:
        if stderr is not None:
            fd = os.open(stderr, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            os.dup2(fd, 2)
        if fault:
            os.environ[faults.ENV] = fault
        if tag:
            os.environ["REALPOLITIK_TEST_TAG"] = tag
        faults._passages.clear()
        pipeline.run(inputs, db, workers=workers)
        code = 0
    finally:
        os._exit(code)


def wait_killed(pid: int) -> None:
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, status


@pytest.mark.parametrize("fault", ["parse:3", "write:1", "write:4", "fuse:1"])
def test_run_killed_at_a_fault_point_then_resumed_equals_one_clean_run(
    fault, corpus, clean, tmp_path
):
    db = tmp_path / "db.duckdb"
    wait_killed(fork_run(db, [corpus["whole"]], fault=fault))
    if fault in ("write:4", "fuse:1"):  # batches committed, not fused: a reader is told
        with pytest.warns(RealpolitikWarning, match="interrupted before fusing"):
            Store(db, read_only=True).close()
    pipeline.run([corpus["whole"]], db, workers=1)
    assert snapshot(db) == clean["snapshot"]


@pytest.mark.parametrize("seed", [11, 23, 37])
def test_run_killed_at_a_random_time_then_resumed_equals_one_clean_run(
    seed, corpus, clean, tmp_path
):
    db = tmp_path / "db.duckdb"
    pid = fork_run(db, [corpus["whole"]])
    time.sleep(random.Random(seed).uniform(0.0, clean["seconds"]))
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)  # killed, or finished first: either way resuming must give the same store
    pipeline.run([corpus["whole"]], db, workers=1)
    assert snapshot(db) == clean["snapshot"]


def test_incremental_runs_equal_one_run_of_everything(corpus, clean, tmp_path):
    db = tmp_path / "db.duckdb"
    pipeline.run([corpus["first"]], db, workers=1)
    summary = pipeline.run([corpus["whole"]], db, workers=1)
    assert summary.documents_skipped == N_FIRST
    expected = {**clean["snapshot"], "documents": snapshot(clean["db"], source=False)["documents"]}
    assert snapshot(db, source=False) == expected


@pytest.mark.parametrize("incremental", [True, False])
def test_run_killed_while_fusing_what_it_added_then_resumed_equals_one_clean_run(
    incremental, corpus, clean, tmp_path, monkeypatch
):
    # The second run adds 9 documents to 12: over INCREMENTAL_SHARE, so it re-fuses in full
    # unless the share is raised; both ways a kill inside the fusion's transaction leaves the
    # first run's derived tables, "pending", and a resumed run completes them.
    if incremental:
        monkeypatch.setattr(pipeline, "INCREMENTAL_SHARE", 10.0)
    db = tmp_path / "db.duckdb"
    pipeline.run([corpus["first"]], db, workers=1)
    first = snapshot(db, source=False)
    wait_killed(fork_run(db, [corpus["whole"]], fault="fuse:1"))
    with pytest.warns(RealpolitikWarning, match="interrupted before fusing"):
        Store(db, read_only=True).close()
    with Store(db) as store:
        assert pipeline._choose_mode(store) == ("incremental" if incremental else "full")
    after_kill = snapshot(db, source=False)
    for table in ("events", "stories", "story_edges", "story_merges", "relations", "actors"):
        assert after_kill[table] == first[table], table
    summary = pipeline.run([corpus["whole"]], db, workers=1)
    assert summary.documents_skipped == N_DOCS
    expected = {**clean["snapshot"], "documents": snapshot(clean["db"], source=False)["documents"]}
    assert snapshot(db, source=False) == expected


def _children(pid: int) -> set[int]:
    """Pids of the live processes whose parent is `pid`."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[0] != "Z" and int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_cli_run_stopped_by_sigterm_exits_143_and_leaves_no_workers_or_tracebacks(tmp_path):
    # (SIGKILL, which leaves the run no say, is covered by tests/test_pipeline_workers.py.)
    sig = signal.SIGTERM
    # Long reports in small batches: the workers are busy when the signal comes.
    texts = _reports(60, seed=3)
    feed = tmp_path / "long.jsonl"
    feed.write_text(
        "".join(json.dumps({"id": f"L{i}", "text": " ".join((texts[i:] + texts[:i]) * 3)}) + "\n"
                for i in range(30)),
        encoding="utf-8",
    )  # fmt: skip
    err = tmp_path / "stderr.txt"
    cli = Path(sys.executable).with_name("realpolitik")
    env = {**os.environ, "REALPOLITIK_BATCH_SIZE": str(BATCH), "CI": "1"}
    with open(err, "w") as err_file:
        proc = subprocess.Popen(
            [str(cli), "run", str(feed), "--db", str(tmp_path / "db.duckdb")],
            env=env, stdout=subprocess.DEVNULL, stderr=err_file,
        )  # fmt: skip
        workers: set[int] = set()
        busy_since = None
        while proc.poll() is None:
            workers |= _children(proc.pid)
            if len(workers) >= 2 and busy_since is None:
                busy_since = time.monotonic()
            if busy_since is not None and time.monotonic() - busy_since > 1.0:
                break
            time.sleep(0.02)
        assert proc.poll() is None and len(workers) >= 2, "the run ended before the signal"
        proc.send_signal(sig)
        code = proc.wait(timeout=30)
    deadline = time.monotonic() + 2.0
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(alive(w) for w in workers), "workers outlived the run"
    time.sleep(0.3)  # a worker that lived on would print its BrokenPipeError now
    text = err.read_text()
    assert "Traceback" not in text and "BrokenPipeError" not in text, text
    assert code == 143
    assert text.strip().splitlines()[-1].startswith("realpolitik: stopped by SIGTERM;")


def test_reader_gets_in_while_a_run_writes_and_is_told_so(corpus, clean, tmp_path, monkeypatch):
    # A run over a real corpus takes minutes; this one takes a second once the models are
    # loaded (as they are when other tests ran first in this process). After each batch it has
    # written and closed the store, the run's child waits until the reader below has finished
    # one more read (or 10 s), so that some read surely falls between two batches however loaded
    # the machine is (a fixed pause of 0.4 s was too short under load).
    write_batch, close_store = Store.write_batch, Store.__exit__
    reads = tmp_path / "reads"
    reads.touch()

    def write_batch_and_note(self, *args, **kwargs):
        write_batch(self, *args, **kwargs)
        self.wrote_a_batch = True

    def close_then_let_a_reader_in(self, *exc):
        close_store(self, *exc)
        if getattr(self, "wrote_a_batch", False):
            before = len(reads.read_text())
            deadline = time.monotonic() + 10
            while len(reads.read_text()) <= before and time.monotonic() < deadline:
                time.sleep(0.02)

    monkeypatch.setattr(Store, "write_batch", write_batch_and_note)
    monkeypatch.setattr(Store, "__exit__", close_then_let_a_reader_in)
    db = tmp_path / "db.duckdb"
    pid = fork_run(db, [corpus["whole"]])
    seen_during_run: list[int] = []
    told = False
    while os.waitpid(pid, os.WNOHANG) == (0, 0):
        if db.exists():
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                with Store(db, read_only=True, wait=30) as store:
                    n = len(store.records("documents"))
            told |= any("a run is writing to it" in str(w.message) for w in caught)
            with reads.open("a") as f:  # lets the run go on to its next batch
                f.write(".")
            if os.waitpid(pid, os.WNOHANG) == (0, 0):  # still running after the read
                seen_during_run.append(n)
            else:
                break
        time.sleep(0.05)
    assert seen_during_run, "no read got in while the run was writing"
    assert any(0 < n < N_DOCS for n in seen_during_run)  # between batches, not after the run
    assert told
