"""`run`: ingest -> clean -> nlp -> actors/places/events -> store, then fuse over the store."""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from itertools import islice
from pathlib import Path
from typing import Any, Literal

from realpolitik import faults
from realpolitik.model import Actor, Document, DocumentAnalysis
from realpolitik.run_input import (
    Batches,
    IdBook,
    cleaned_batches,
    read_ahead,
    stored_duplicates,
)


class Timings(defaultdict[str, float]):
    """Seconds spent per stage."""


# Documents go through the stages and into the store this many at a time: one transaction each.
# Large enough for spaCy's batching and DuckDB's bulk inserts, small enough that a run killed
# half-way loses little work.
BATCH_SIZE = 64

# spaCy parses a batch this many documents at a time. Its working memory grows with the batch
# (about 450 MB above the pipeline for 64 ECB+ documents, 160 MB for 16), and the
# parses do not depend on it (checked for 8, 16, 32 and 64), nor, on CPU, does the speed.
# 8, not 16, since the larger gazetteer and the ACLED model: 300 ECB+ documents on 2 workers
# peaked at 1,467 MB instead of 1,569 MB, at 6.2 instead of 6.4 documents/s (noise level).
NLP_BATCH_SIZE = 8

# Worker processes are given this many documents at a time, not a whole batch: 300 documents
# make 5 batches of 64, of which one worker got three while the other idled for the last
# (about 4 s of a 48 s run). A task of one spaCy batch leaves at most a few documents' work on
# one worker at the end. The analyses of a batch are put back together, in input order, before
# it is stored; a document's analysis does not depend on the documents it is analysed with.
TASK_SIZE = NLP_BATCH_SIZE


@dataclass
class RunSummary:
    """What a run did."""

    db: str
    documents_read: int = 0
    documents_skipped: int = 0  # already stored with the same content
    status: Counter[str] = field(default_factory=Counter)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (doc_id, reason)
    event_mentions: int = 0
    counts: dict[str, int] = field(default_factory=dict)  # what the store holds after the run
    seconds: float = 0.0
    timings: Timings = field(default_factory=lambda: Timings(float))  # seconds per stage (summed over workers)

    def as_dict(self) -> dict[str, Any]:
        return {
            "db": self.db,
            "documents_read": self.documents_read,
            "documents_skipped": self.documents_skipped,
            "status": dict(self.status),
            "rejected": [{"doc_id": d, "reason": r} for d, r in self.rejected],
            "event_mentions": self.event_mentions,
            "counts": self.counts,
            "seconds": round(self.seconds, 2),
            "timings": {k: round(v, 2) for k, v in sorted(self.timings.items())},
        }


@dataclass
class Resources:
    """What the per-document stages load once: pipeline, knowledge base, gazetteer."""

    nlp: Any
    kb: Any
    gazetteer: Any

    @classmethod
    def load(cls) -> Resources:
        from realpolitik.actors import load_kb
        from realpolitik.actors.resolve import build_indexes
        from realpolitik.events.acled_typing import classifier_enabled
        from realpolitik.events.embeddings import preload
        from realpolitik.nlp import load_pipeline
        from realpolitik.places import load_gazetteer

        kb = load_kb()
        build_indexes(kb)
        if classifier_enabled():
            preload()  # the ACLED classifier's embedding model, shared by forked workers
        return cls(nlp=load_pipeline(), kb=kb, gazetteer=load_gazetteer())


def analyse_documents(
    docs: Sequence[Document], res: Resources, timings: Timings | None = None
) -> list[DocumentAnalysis]:
    """Parse the documents in one batch (`nlp.pipe`) and analyse each.

    `timings`, when given, collects seconds per stage (nlp, actors, places, events).
    """
    from realpolitik.actors import find_actors
    from realpolitik.events import extract_events
    from realpolitik.places import find_places
    from realpolitik.places.inside_names import drop_names_inside_places

    clock = timings if timings is not None else Timings(float)
    # Each parse is analysed as it comes and then dropped: no batch's worth of Docs is held.
    sdocs = res.nlp.pipe((d.text for d in docs), batch_size=min(len(docs), NLP_BATCH_SIZE) or 1)
    out = []
    for doc, sdoc in zip(docs, _timed(sdocs, clock, "nlp"), strict=True):
        t0 = time.perf_counter()
        actor_mentions, new_actors = find_actors(doc, sdoc, res.kb)
        t1 = time.perf_counter()
        places = find_places(doc, sdoc, res.gazetteer, actor_mentions)
        actor_mentions, new_actors = drop_names_inside_places(
            sdoc, actor_mentions, new_actors, places
        )
        t2 = time.perf_counter()
        events = extract_events(doc, sdoc, actor_mentions, places)
        t3 = time.perf_counter()
        clock["actors"] += t1 - t0
        clock["places"] += t2 - t1
        clock["events"] += t3 - t2
        out.append(DocumentAnalysis(doc, actor_mentions, places, events, new_actors))
    return out


# A short text that takes every per-document stage through its lazily loaded tables: a dated
# clash (dateparser and its locale data), named people, organisations and places (actors,
# places), a quoted source (claims), a protest and a shelling (the trigger lexicon, the ACLED
# classifier). Written for this purpose; what it yields is thrown away.
WARM_UP_TEXT = (
    "Police said on 3 March 2021 that protesters marched through the capital and that "
    "soldiers shelled a village near the border, killing two people. The United Nations "
    "called for talks, a spokesman for President John Smith said in London."
)


def warm_up(res: Resources) -> None:
    """Analyse `WARM_UP_TEXT` once, so that the tables the stages load at their first use
    (trigger lexicon, word lists, dateparser's locale data, spaCy's lemma and ruler tables)
    are loaded in this process.

    Done before forking the workers: they then share those tables (copy-on-write) instead of
    each loading its own at its first task (about 1-2 s of CPU per worker). Analyses depend only
    on their document and the loaded tables, so this changes no output."""
    doc = Document(doc_id="warm-up", source="", raw=WARM_UP_TEXT, text=WARM_UP_TEXT)
    doc.published = date(2021, 3, 4)
    analyse_documents([doc], res)


def _timed(items: Iterable[Any], clock: Timings, stage: str) -> Iterator[Any]:
    """`items`, adding the time spent producing them to `clock[stage]`."""
    it = iter(items)
    while True:
        t0 = time.perf_counter()
        item = next(it, _END)
        clock[stage] += time.perf_counter() - t0
        if item is _END:
            return
        yield item


_END = object()


# Worker processes get the resources loaded in the parent through fork (copy-on-write: the
# pipeline's weights are shared, not loaded twice).
_WORKER_RESOURCES: Resources | None = None


def _analyse_in_worker(docs: list[Document]) -> tuple[list[DocumentAnalysis], Timings]:
    assert _WORKER_RESOURCES is not None
    timings = Timings(float)
    return analyse_documents(docs, _WORKER_RESOURCES, timings), timings


def _batched(items: Iterable[Document], n: int) -> Iterator[list[Document]]:
    it = iter(items)
    while batch := list(islice(it, n)):
        yield batch


ProgressCallback = Callable[[str, int], None]

ENGINES = ("local", "dask")


def batch_size() -> int:
    """Documents per batch: `BATCH_SIZE`, or `REALPOLITIK_BATCH_SIZE` when set (tests use small
    batches so that a few short documents span many)."""
    value = os.environ.get("REALPOLITIK_BATCH_SIZE", "")
    return int(value) if value.isdigit() and int(value) > 0 else BATCH_SIZE


def run(
    inputs: Sequence[str],
    db: str | Path = "realpolitik.duckdb",
    on_progress: ProgressCallback | None = None,
    on_reject: Callable[[str, str], None] | None = None,
    workers: int | None = None,
    published: date | None = None,
    engine: str = "local",
    scheduler: str | None = None,
) -> RunSummary:
    """Process `inputs` (paths, folders, fsspec URLs or `-`) into the database `db` and re-fuse it.

    `on_progress(stage, n)` is told of work done; `on_reject(doc_id, reason)` of each rejected
    input. `workers`: analysis processes (default: one per core, used once the input holds
    more than one batch). `published`: the date of documents that carry none of their own
    (see `realpolitik.ingest.dates`). `engine`: "local" (this process and a pool of forked
    workers) or "dask" (clean and analysis as Dask tasks on the cluster at `scheduler`, or on a
    local cluster of `workers` processes: `realpolitik.engines.dask_engine`); both store the
    same. Raises `UsageError` for a missing path, an unknown engine or a dask engine that
    cannot start, before anything is written, `RealpolitikError` when another run is writing
    to `db`.

    The database is opened for each batch and for the fusion, not for the whole run, so that
    readers get in between; `RunLock` keeps a second run out meanwhile.
    """
    from realpolitik.errors import UsageError
    from realpolitik.ingest import check_inputs
    from realpolitik.store import RunLock, Store

    check_inputs(inputs)
    if engine not in ENGINES:
        raise UsageError(f"unknown engine {engine!r} (expected one of: {', '.join(ENGINES)})")
    if engine == "dask":
        from realpolitik.engines.dask_engine import DaskEngine

        dask_engine = DaskEngine(scheduler=scheduler, workers=workers)  # checks it can start
    started = datetime.now(UTC).replace(tzinfo=None)
    t_start = time.perf_counter()
    summary = RunSummary(db=str(db))
    progress = on_progress or (lambda stage, n: None)
    timings = summary.timings
    with RunLock(db):
        with Store(db) as store:
            stored = store.stored_versions()
            aliases = store.learnt_aliases()  # "X, formerly known as Y" stated by stored documents
        ids = IdBook(stored)

        def write(fresh: list[Document], analyses: list[DocumentAnalysis]) -> None:
            summary.event_mentions += sum(len(a.event_mentions) for a in analyses)
            t0 = time.perf_counter()
            with Store(db) as batch_store:
                batch_store.write_batch(fresh, analyses, ids.versions)
            timings["store"] += time.perf_counter() - t0
            progress("analysed", len(fresh))

        nlp: Any = None  # the pipeline the run used (its name and version are recorded), if any
        if engine == "dask":
            dedup = stored_duplicates(db)
            nlp = dask_engine.analyse(
                cleaned_batches(
                    inputs, published, ids, dedup, summary, on_reject, clean=dask_engine.clean
                ),
                aliases,
                write,
                progress,
                timings,
            )
        else:
            with read_ahead(inputs, published, ids, db, summary, on_reject) as batches:
                nlp = _analyse_locally(batches, aliases, write, progress, workers, timings)
        progress("fuse", 0)
        t0 = time.perf_counter()
        fuse(db, timings=timings)
        timings["fuse+analysis"] += time.perf_counter() - t0
        with Store(db) as store:
            summary.counts = store.counts()
            summary.seconds = time.perf_counter() - t_start
            store.record_run(started, inputs, versions(nlp), summary.as_dict())
    return summary


def _analyse_locally(
    batches: Batches,
    aliases: Any,
    write: Callable[[list[Document], list[DocumentAnalysis]], None],
    progress: ProgressCallback,
    workers: int | None,
    timings: Timings,
) -> Any:
    """Analyse the cleaned batches in this process or a pool of forked workers and `write` each,
    in input order; the spaCy pipeline used, or None when there was nothing to analyse."""
    # Batches with nothing to analyse (all stored, rejected or duplicates) are written as they
    # come; the pipeline is loaded at the first batch that holds a document to analyse, however
    # deep into the input it is, so no new document is ever stored without its analysis. When
    # the batches are read and cleaned in another process, the pipeline is loaded as soon as it
    # has read a new document, while it cleans (a new document that cleaning rejects then costs
    # a load for nothing).
    res = Resources.load() if batches.has_new() else None
    first: list[tuple[list[Document], list[Document]]] = []
    for fresh, ok in batches:
        progress("read", len(fresh))
        if ok:
            # The next batch is read now only to learn whether a pool is worth starting.
            first = [(fresh, ok)] if len(ok) > TASK_SIZE else [(fresh, ok), *islice(batches, 1)]
            break
        if fresh:
            write(fresh, [])
    n_workers = workers or min(2, os.cpu_count() or 1)
    if res is None and first:
        res = Resources.load()
    if res is not None:
        res.kb.learn(aliases)  # names earlier documents gave an actor resolve here too
    results: Iterator[tuple[list[Document], list[DocumentAnalysis]]]
    pool = None
    # A pool when there is more than one task's work (or more batches than one).
    more = len(first) > 1 or sum(len(ok) for _, ok in first) > TASK_SIZE
    if res is not None and n_workers > 1 and more:
        global _WORKER_RESOURCES
        _WORKER_RESOURCES = res
        warm_up(res)
        # Move everything loaded so far out of the garbage collector's reach, so that the
        # workers' collections do not write to (and so copy) the pages they share with us.
        # No full collection first: after loading it found about 55 objects among 900,000
        # and took 0.3 s of the serial start-up.
        gc.freeze()
        pool = multiprocessing.get_context("fork").Pool(
            n_workers, initializer=_worker_init, initargs=(os.getpid(),)
        )
        queue = _chain(first, batches)
        pending = (
            (fresh, [pool.apply_async(_analyse_in_worker, (t,)) for t in _batched(ok, TASK_SIZE)])
            for fresh, ok in queue
        )
        results = _resolve_in_order(
            pending, timings, queued=2 * n_workers, when_all_queued=_import_fusion
        )
    else:
        results = (
            (fresh, analyse_documents(ok, res, timings) if ok and res else [])
            for fresh, ok in _chain(first, batches)
        )
    try:
        for fresh, analyses in results:
            faults.point("parse")
            if fresh:
                write(fresh, analyses)
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
            gc.unfreeze()
    return res.nlp if res is not None and first else None  # (loaded for nothing: None)


def _import_fusion() -> None:
    """Import what the fusion after the analysis uses (scikit-learn and scipy.stats among it:
    about 1.3 s of CPU), while the workers run the last tasks: one of them often finishes
    first and leaves a core idle, and the fusion, which nothing runs beside, starts without
    it. Only imports: no output changes."""
    import realpolitik.analysis
    import realpolitik.fusion
    import realpolitik.fusion.incremental
    import realpolitik.fusion.stories  # noqa: F401


def _worker_init(parent: int) -> None:
    """In each worker: die with the parent, leave signals to it.

    A worker whose parent was killed (SIGKILL leaves it no chance to stop the pool) would finish
    its batch and then fail writing to the dead pipe; the kernel sends it SIGKILL instead when
    the parent goes (Linux `PR_SET_PDEATHSIG`). Ctrl-C reaches the whole process group: the
    parent handles it and stops the pool, so the workers ignore it rather than each printing a
    traceback.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def _die_with_parent() -> None:
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    pr_set_pdeathsig = 1
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # no prctl: the pool's own shutdown still applies
        pass


def _add(total: Timings, part: Timings) -> None:
    for stage, seconds in part.items():
        total[stage] += seconds


def _chain(first: list[Any], rest: Iterator[Any]) -> Iterator[Any]:
    yield from first
    yield from rest


def _resolve_in_order(
    pending: Iterator[tuple[list[Document], list[Any]]],
    timings: Timings,
    queued: int,
    when_all_queued: Callable[[], None] | None = None,
) -> Iterator[tuple[list[Document], list[DocumentAnalysis]]]:
    """The batches of `pending` (each with the pool's jobs for its tasks), analysed, in input
    order. The oldest batch is waited for only once at least `queued` tasks of later batches
    are in the pool, so that no worker waits for work while this process stores a batch.
    `when_all_queued()` is called once every task is in the pool, while the last ones run."""
    window: list[tuple[list[Document], list[Any]]] = []

    def oldest() -> tuple[list[Document], list[DocumentAnalysis]]:
        fresh, jobs = window.pop(0)
        analyses: list[DocumentAnalysis] = []
        for job in jobs:
            part, worker_timings = job.get()
            analyses += part
            _add(timings, worker_timings)
        return fresh, analyses

    for item in pending:
        window.append(item)
        # (Batches with few or no tasks, all stored or duplicates, are held `queued` at most.)
        while len(window) > queued or (
            len(window) > 1 and sum(len(jobs) for _, jobs in window[1:]) >= queued
        ):
            yield oldest()
    if when_all_queued is not None:
        when_all_queued()
    while window:
        yield oldest()


# A run re-fuses incrementally while what it adds is at most this share of the store's ok
# documents; beyond it the regions to re-fuse cover most of the store and a full re-fuse costs
# about the same.
INCREMENTAL_SHARE = 0.2

FuseMode = Literal["auto", "full", "incremental"]


def fuse(db: str | Path, mode: FuseMode = "auto", timings: Timings | None = None) -> str:
    """Bring the derived tables (events, stories, relations, actors) of `db` up to date.

    The step every engine runs after writing its documents. "incremental" re-fuses only what the
    documents and mentions written since the last fusion touch (`fusion.incremental`); "full"
    rebuilds everything from the stored mentions; "auto" (what `run` does) is incremental unless
    the store was never fused with its event members (a store from before schema 3), or the
    new documents exceed `INCREMENTAL_SHARE` of it. Returns the mode used ("none": nothing new).
    `timings` collects seconds per stage.

    The store is read and computed on in one opening, written in a second one (readers get in
    between), in one transaction that marks the fusion done: a crash leaves the last completed
    fusion and the state "pending", and the next run re-fuses what is still unfused.
    """
    from realpolitik.store import Store

    clock = timings if timings is not None else Timings(float)
    with Store(db) as store:
        chosen = mode if mode != "auto" else _choose_mode(store)
        if chosen == "incremental" and not store.has_event_members():
            chosen = "full"  # no record of which event holds which mention
        if chosen == "none":
            return chosen
        delta = _derive(store, clock) if chosen == "full" else _derive_new(store, clock)
    t0 = time.perf_counter()
    with Store(db) as store:
        store.replace_derived(delta)
    clock["fuse:write"] += time.perf_counter() - t0
    return chosen


def fuse_database(db: str | Path, mode: FuseMode = "full") -> str:
    """`fuse` for a database no run is writing to (holds its `RunLock`); the mode used."""
    from realpolitik.store import RunLock

    if not Path(db).exists():
        from realpolitik.errors import UsageError

        raise UsageError(f"{db}: no such database (run `realpolitik run` first)")
    with RunLock(db):
        return fuse(db, mode)


def _choose_mode(store: Any) -> str:
    if not store.fusion_pending():
        return "none"
    if not store.has_event_members():
        return "full"
    new = len(store.unstoried_documents())
    total = store.counts()["documents_ok"]
    return "incremental" if new <= INCREMENTAL_SHARE * max(total - new, 0) else "full"


def refuse(store: Any) -> None:
    """Rebuild events, stories, relations and the actor table from what the store holds."""
    store.replace_derived(_derive(store))


def _derive(store: Any, timings: Timings | None = None) -> Any:
    """Events, stories, relations and the actor table computed from what the store holds
    (a full `store.DerivedDelta`)."""
    from realpolitik.actors import load_kb
    from realpolitik.analysis import compute_relations
    from realpolitik.fusion import fuse_events
    from realpolitik.fusion.incremental import event_actor_counts
    from realpolitik.fusion.stories import cluster_stories_with_history
    from realpolitik.store.duck import DerivedDelta

    clock = timings if timings is not None else Timings(float)
    t0 = time.perf_counter()
    mentions = store.event_mentions()
    t1 = time.perf_counter()
    events = fuse_events(mentions)
    t2 = time.perf_counter()
    stories, edges, merges = cluster_stories_with_history(store.documents(status="ok"))
    t3 = time.perf_counter()
    relations = compute_relations(_as_stored(events))
    t4 = time.perf_counter()
    actors = _actor_table(event_actor_counts(events), store, load_kb())
    t5 = time.perf_counter()
    for stage, seconds in (
        ("fuse:read", t1 - t0), ("fuse:events", t2 - t1), ("fuse:stories", t3 - t2),
        ("fuse:relations", t4 - t3), ("fuse:actors", t5 - t4),
    ):  # fmt: skip
        clock[stage] += seconds
    return DerivedDelta(events, stories, relations, actors, full=True, story_edges=edges,
                        story_merges=merges)  # fmt: skip


def _derive_new(store: Any, timings: Timings) -> Any:
    """The change to the derived tables that the unfused documents and mentions make
    (`fusion.incremental`)."""
    from realpolitik.actors import load_kb
    from realpolitik.analysis import compute_relations
    from realpolitik.fusion.incremental import event_actor_counts, refuse_events, refuse_stories
    from realpolitik.store.duck import DerivedDelta

    t0 = time.perf_counter()
    change = refuse_events(store)
    t1 = time.perf_counter()
    stories = refuse_stories(store)
    t2 = time.perf_counter()
    removed = store.events_by_id(change.removed)
    new = _as_stored(change.events)
    keys = sorted(
        {(r.source_id, r.target_id, r.period) for r in compute_relations([*removed, *new])}
    )
    fresh = {e.event_id for e in new}
    rest = store.relation_event_ids(keys) - set(change.removed) - fresh
    basis = [*store.events_by_id(sorted(rest)), *new]
    wanted = set(keys)
    relations = [
        r
        for r in compute_relations(sorted(basis, key=lambda e: e.event_id))
        if (r.source_id, r.target_id, r.period) in wanted
    ]
    t3 = time.perf_counter()
    counts = Counter(store.actor_event_counts())
    counts.subtract(event_actor_counts(removed))
    counts.update(event_actor_counts(new))
    actors = _actor_table(+counts, store, load_kb())
    t4 = time.perf_counter()
    for stage, seconds in (
        ("fuse:events", t1 - t0), ("fuse:stories", t2 - t1), ("fuse:relations", t3 - t2),
        ("fuse:actors", t4 - t3),
    ):  # fmt: skip
        timings[stage] += seconds
    return DerivedDelta(
        change.events, stories.stories, relations, actors,
        removed_events=change.removed, removed_stories=stories.removed, relation_keys=keys,
        story_edges=stories.edges, edges_of=stories.edges_of, stories_full=stories.full,
        story_merges=stories.merges, merges_of=stories.merges_of,
    )  # fmt: skip


def _as_stored(events: Sequence[Any]) -> list[Any]:
    """Events as the store gives them back (confidence rounded as recorded), in id order: the
    relations computed from fresh and from stored events are then the same."""
    from realpolitik.store.codec import event_from_record

    return sorted((event_from_record(e.to_record()) for e in events), key=lambda e: e.event_id)


def _actor_table(n_events: Counter[str], store: Any, kb: Any) -> list[tuple[Actor, int]]:
    """Every actor that takes part in an event or is named in a document, with its event count
    (`n_events`: actor_id -> events)."""
    found = {a.actor_id: a for a in store.found_actors()}
    mentioned = store.mentioned_actors()
    table: list[tuple[Actor, int]] = []
    for actor_id in sorted(set(mentioned) | set(n_events)):
        actor = kb.get(actor_id) or found.get(actor_id)
        if actor is None:
            r = mentioned.get(actor_id, {})
            actor = Actor(
                actor_id=actor_id,
                name=r.get("name", actor_id),
                kind="other",
                country=r.get("country"),
                sector=r.get("sector"),
            )
        table.append((actor, n_events[actor_id]))
    return table


def versions(nlp: Any | None) -> dict[str, str]:
    """Versions of code, pipeline and knowledge base, recorded with every run.

    `nlp` is the pipeline the run used, or None when it analysed nothing (then it is not loaded
    just to be named).
    """
    from realpolitik import __version__
    from realpolitik.actors.kb import KB_VERSION

    pipeline = "not loaded (no new documents)"
    if nlp is not None:
        meta = nlp.meta
        pipeline = f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"
    return {
        "code": __version__,
        "python": sys.version.split()[0],
        "pipeline": pipeline,
        "kb": str(KB_VERSION),
    }
