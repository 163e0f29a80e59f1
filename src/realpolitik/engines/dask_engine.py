"""`run --engine dask`: cleaning and analysis as Dask tasks, everything else as the local engine.

Needs: the batches of new documents `run_input.cleaned_batches` gives (read and given their ids
here, in input order). Adds: each batch cleaned by a task (`run_input.clean_batch`), then, once
this process has marked duplicates, its ok documents analysed by a task
(`pipeline.analyse_documents`); the results come back here in input order and are written with
the same `write` (so `Store.write_batch`) as the local engine, then `run` fuses as always.

Why this split: which id a document gets and whether it duplicates an earlier one depend on
every document before it, so they are decided in one place, in order; the stages that cost
(parsing with the analyses: about 95% of the stage time of 300 ECB+ documents, cleaning most of
the rest) are per document and go to the workers. Results return through the scheduler rather
than as Parquet shards: see `docs/benchmarks.md` for what a batch costs to send back, against
its seconds of analysis; the store needs the objects anyway.

A local cluster's workers are forked after this process has loaded `Resources`, and share those
pages, as the local engine's workers do. A worker of a cluster given by `scheduler` (or one the
cluster restarts) loads them once, at its first analysis task (`_resources`), and keeps them for
later tasks and later runs; the aliases the store has learnt are sent with every task
(`kb.learn` replaces what an earlier run taught).
"""

from __future__ import annotations

import gc
import importlib.util
import logging
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from types import SimpleNamespace
from typing import Any

from realpolitik import faults
from realpolitik.errors import RealpolitikError, UsageError
from realpolitik.model import Document, DocumentAnalysis

# Worker processes of the local cluster started when no scheduler is given.
DEFAULT_WORKERS = 2
# How long to wait for a scheduler to answer (a reachable one answers in well under a second),
# and for a first worker to join it.
CONNECT_TIMEOUT_S = 10
# Batches in flight per worker: enough that a worker finds its next batch waiting when it
# finishes one, few enough that little is held in memory.
LOOKAHEAD_PER_WORKER = 2


class DaskEngine:
    """Runs clean and analysis on a Dask cluster: the one at `scheduler` (`tcp://host:8786`), or
    a `LocalCluster` of `workers` processes (one thread each) started for the run."""

    def __init__(self, scheduler: str | None = None, workers: int | None = None) -> None:
        if importlib.util.find_spec("distributed") is None:
            raise UsageError(
                "--engine dask needs dask's distributed scheduler, which is not installed "
                "(pip install 'dask[distributed]')"
            )
        if workers is not None and workers < 1:
            raise UsageError(f"--workers must be at least 1, not {workers}")
        self.scheduler = scheduler
        self.workers = workers or DEFAULT_WORKERS
        self.client: Any = None
        self._cluster: Any = None
        self._timings: Any = None
        self._frozen = False

    # -- the two stages -------------------------------------------------------------------

    def analyse(
        self,
        batches: Iterator[tuple[list[Document], list[Document]]],
        aliases: Sequence[Any],
        write: Callable[[list[Document], list[DocumentAnalysis]], None],
        progress: Callable[[str, int], None],
        timings: Any,
    ) -> Any:
        """Analyse the ok documents of each batch on the cluster and `write` every batch, in
        input order. `batches` must clean with `self.clean`. Returns the pipeline's name and
        version holder (`.meta`, for `pipeline.versions`), or None when nothing was analysed."""
        self._timings = timings
        self._start()
        try:
            return self._analyse(batches, aliases, write, progress, timings)
        finally:
            self._stop()

    def clean(self, fresh_batches: Iterator[list[Document]]) -> Iterator[list[Document]]:
        """The batches, cleaned by tasks on the cluster, in order (a few run ahead)."""
        pending: deque[tuple[list[Document], Any]] = deque()
        lookahead = self._lookahead()
        for fresh in fresh_batches:
            # Cleaning is short and the analyses wait on it: it goes before queued analyses.
            job = self.client.submit(_clean_task, fresh, pure=False, priority=10) if fresh else None
            pending.append((fresh, job))
            if len(pending) > lookahead:
                yield self._cleaned(*pending.popleft())
        while pending:
            yield self._cleaned(*pending.popleft())

    # -- inside ---------------------------------------------------------------------------

    def _analyse(
        self,
        batches: Iterator[tuple[list[Document], list[Document]]],
        aliases: Sequence[Any],
        write: Callable[[list[Document], list[DocumentAnalysis]], None],
        progress: Callable[[str, int], None],
        timings: Any,
    ) -> Any:
        from realpolitik.pipeline import TASK_SIZE, _batched, versions

        expected = versions(None)
        [shared_aliases] = self.client.scatter([list(aliases)], broadcast=True)
        pending: deque[tuple[list[Document], list[Any]]] = deque()
        meta: dict[str, Any] | None = None

        def write_next() -> None:
            nonlocal meta
            fresh, jobs = pending.popleft()
            analyses: list[DocumentAnalysis] = []
            for job in jobs:
                task_analyses, worker_timings, worker_versions, meta = job.result()
                _check_versions(expected, worker_versions)
                analyses.extend(task_analyses)
                for stage, seconds in worker_timings.items():
                    timings[stage] += seconds
            faults.point("parse")
            if fresh:
                write(fresh, analyses)

        lookahead = self._lookahead()
        for fresh, ok in batches:
            progress("read", len(fresh))
            # Tasks of `TASK_SIZE` documents, as the local engine's: with one task per batch
            # of 64, 300 documents made 5 tasks and one worker ran the last alone (a 64-document
            # tail, 6.5 docs/s against the local engine's 7.6 on a quiet machine).
            jobs = [
                self.client.submit(_analyse_task, task, shared_aliases, pure=False)
                for task in _batched(ok, TASK_SIZE)
            ]
            pending.append((fresh, jobs))
            if len(pending) > lookahead:
                write_next()
        while pending:
            write_next()
        return SimpleNamespace(meta=meta) if meta is not None else None

    def _cleaned(self, fresh: list[Document], job: Any) -> list[Document]:
        if job is None:
            return fresh
        docs, seconds = job.result()
        self._timings["read+clean"] += seconds
        return docs  # type: ignore[no-any-return]

    def _lookahead(self) -> int:
        n = len(self.client.scheduler_info().get("workers", {})) or self.workers
        return LOOKAHEAD_PER_WORKER * n

    def _start(self) -> None:
        from distributed import Client, LocalCluster

        if self.scheduler:
            try:
                self.client = Client(self.scheduler, timeout=CONNECT_TIMEOUT_S)
            except (OSError, TimeoutError, ValueError, TypeError) as err:
                reason = str(err).splitlines()[0] if str(err) else type(err).__name__
                raise UsageError(
                    f"cannot reach the dask scheduler at {self.scheduler}: {reason}"
                ) from None
            try:
                self.client.wait_for_workers(1, timeout=CONNECT_TIMEOUT_S)
            except TimeoutError:
                self._stop()
                raise UsageError(
                    f"the dask scheduler at {self.scheduler} has no workers "
                    f"(none joined within {CONNECT_TIMEOUT_S} s): start some with "
                    f"`dask worker {self.scheduler}`"
                ) from None
            return
        import dask

        # No dashboard, and the scheduler's HTTP endpoint on any free loopback port: the default
        # port (8787) clashes between runs on one machine (and warns), and nobody watches a
        # cluster that lives for one run. Nor its workers' statistical profiler, which samples
        # the stack of the running task every 10 ms: 3.30 instead of 3.68 CPU seconds for 32
        # ECB+ documents (2.64 in a plain process), one measurement each on a loaded machine.
        # As the local engine does: the models are loaded here once, and the workers forked
        # after, sharing those pages (copy-on-write) instead of loading them each (twice the
        # loading time and memory). A worker the cluster restarts later is started afresh
        # (spawned) and loads them at its first task.
        global _RESOURCES
        if _RESOURCES is None:
            from realpolitik.pipeline import Resources, warm_up

            _RESOURCES = Resources.load()
            warm_up(_RESOURCES)  # lazily loaded tables too, shared with the forked workers
        gc.collect()
        gc.freeze()  # the workers' collections then leave the shared pages unwritten
        _calm_forked_workers()
        _quiet_heartbeats_at_shutdown()
        self._frozen = True
        settings = {
            "distributed.worker.profile.enabled": False,
            "distributed.worker.multiprocessing-method": "fork",
            # Every process of the cluster (scheduler, nannies, workers) checks its event loop
            # every 20 ms and samples its CPU and memory every 0.5 s by default: wasted on a
            # cluster that lives for one run on this machine's cores.
            "distributed.admin.tick.interval": "1s",
            "distributed.admin.system-monitor.interval": "5s",
        }
        with dask.config.set(settings):
            self._cluster = LocalCluster(
                n_workers=self.workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"},
                silence_logs=logging.ERROR,
            )
        self.client = Client(self._cluster)

    def _stop(self) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None
        if self._frozen:
            gc.unfreeze()
            self._frozen = False


_CALMED = False


def _calm_forked_workers() -> None:
    """Forked workers leave Ctrl-C and SIGTERM to the run, as the local engine's workers do.

    They would inherit the command's handlers, which raise `Interrupted`: a Ctrl-C, sent to the
    whole process group, would then print a traceback from every worker. The run stops the
    cluster itself; the workers also die with it (distributed watches their parent)."""
    global _CALMED
    if not _CALMED:
        os.register_at_fork(after_in_child=_ignore_interrupts)
        _CALMED = True


class _ClosedSchedulerHeartbeat(logging.Filter):
    """Drops a worker's "failed to communicate with scheduler during heartbeat" record when the
    failure is the scheduler's connection being closed.

    When the run stops its local cluster, a worker whose heartbeat was in flight as the scheduler
    went away logs that, with a traceback, at ERROR: seen on a loaded machine at the end of a
    successful run (the README's `--engine dask` example). The worker retries on its own and a
    cluster lost in the middle of a run fails the run through the client anyway, so the record
    tells the user nothing; any other heartbeat failure still shows."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not str(record.msg).startswith("Failed to communicate with scheduler during heartbeat"):
            return True
        exc = record.exc_info[1] if record.exc_info else None
        return type(exc).__name__ != "CommClosedError"


_HEARTBEAT_FILTER = _ClosedSchedulerHeartbeat()


def _quiet_heartbeats_at_shutdown() -> None:
    """Installs the filter on the worker logger here, before the local cluster's workers are
    forked: they inherit it (and adding the same filter twice keeps one)."""
    logging.getLogger("distributed.worker").addFilter(_HEARTBEAT_FILTER)


def _ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # The task runs in a thread beside the worker's event loop; at Python's default 5 ms switch
    # interval the two trade the interpreter often enough to cost the task about 10% (quiet
    # machine, 300 ECB+ documents: nlp 36.0 -> 32.7 s, events 25.9 -> 22.9 s summed over the
    # workers at 50 ms). The loop only sends heartbeats and results, which can wait 50 ms.
    sys.setswitchinterval(0.05)


def _check_versions(expected: dict[str, str], got: dict[str, str]) -> None:
    """A worker running other code or another knowledge base would store other analyses."""
    for key in ("code", "kb"):
        if got.get(key) != expected.get(key):
            raise RealpolitikError(
                f"a dask worker runs realpolitik {key} {got.get(key)}, this process "
                f"{expected.get(key)}: install the same version on every worker"
            )


# -- on the workers -----------------------------------------------------------------------

_RESOURCES: Any = None  # this worker process's `Resources`, loaded by its first analysis task


def _resources() -> Any:
    global _RESOURCES
    if _RESOURCES is None:
        from realpolitik.pipeline import Resources

        _RESOURCES = Resources.load()
    return _RESOURCES


def _clean_task(docs: list[Document]) -> tuple[list[Document], float]:
    from realpolitik.run_input import clean_batch

    t0 = time.perf_counter()
    clean_batch(docs)
    return docs, time.perf_counter() - t0


def _analyse_task(
    docs: list[Document], aliases: list[Any]
) -> tuple[list[DocumentAnalysis], dict[str, float], dict[str, str], dict[str, Any]]:
    from realpolitik.pipeline import Timings, analyse_documents, versions

    res = _resources()
    res.kb.learn(aliases)  # names earlier documents gave an actor resolve here too
    timings = Timings(float)
    analyses = analyse_documents(docs, res, timings)
    meta = {k: res.nlp.meta.get(k) for k in ("lang", "name", "version")}
    return analyses, dict(timings), versions(res.nlp), meta
