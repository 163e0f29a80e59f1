"""Analysis workers die with their run: a run killed with SIGKILL leaves no worker behind."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from pathlib import Path

import pytest
from proc_helpers import alive

from realpolitik import pipeline


def _busy(seconds: float) -> float:
    time.sleep(seconds)  # a batch being analysed
    return seconds


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_busy_workers_die_at_once_when_their_run_is_killed(tmp_path):
    pids_file = tmp_path / "workers"
    err = tmp_path / "stderr.txt"
    run_pid = os.fork()
    if run_pid == 0:  # the "run": a pool as pipeline.run makes it, busy, then killed
        try:
            os.dup2(os.open(err, os.O_WRONLY | os.O_CREAT, 0o644), 2)
            pool = multiprocessing.get_context("fork").Pool(
                2, initializer=pipeline._worker_init, initargs=(os.getpid(),)
            )
            jobs = [pool.apply_async(_busy, (5.0,)) for _ in range(4)]
            time.sleep(0.5)  # the workers are in their first task
            pids_file.write_text(" ".join(str(p.pid) for p in pool._pool))
            os.kill(os.getpid(), signal.SIGKILL)
            del jobs
        finally:
            os._exit(1)
    _, status = os.waitpid(run_pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    workers = [int(p) for p in pids_file.read_text().split()]
    assert len(workers) == 2
    deadline = time.monotonic() + 1.0
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.02)
    # Without dying with their parent they would sleep on for seconds, then fail on the dead pipe.
    assert not any(alive(w) for w in workers), "workers outlived their run"
    assert "Traceback" not in err.read_text()
