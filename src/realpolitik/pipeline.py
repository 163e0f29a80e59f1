"""`run`: ingest -> clean -> nlp -> actors/places/events -> store, then fuse over the store."""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any

from realpolitik.model import Actor, Document, DocumentAnalysis


class Timings(defaultdict[str, float]):
    """Seconds spent per stage."""


# Documents go through the stages and into the store this many at a time: one transaction each.
# Large enough for spaCy's batching and DuckDB's bulk inserts, small enough that a run killed
# half-way loses little work.
BATCH_SIZE = 64

# spaCy parses a batch this many documents at a time. Its working memory grows with the batch
# (about 450 MB above the pipeline for 64 ECB+ documents, 160 MB for 16), and the
# parses do not depend on it (checked for 8, 16, 32 and 64), nor, on CPU, does the speed.
NLP_BATCH_SIZE = 16


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
        from realpolitik.events.embeddings import preload
        from realpolitik.nlp import load_pipeline
        from realpolitik.places import load_gazetteer

        kb = load_kb()
        build_indexes(kb)
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

    clock = timings if timings is not None else Timings(float)
    # Each parse is analysed as it comes and then dropped: no batch's worth of Docs is held.
    sdocs = res.nlp.pipe((d.text for d in docs), batch_size=min(len(docs), NLP_BATCH_SIZE) or 1)
    out = []
    for doc, sdoc in zip(docs, _timed(sdocs, clock, "nlp"), strict=True):
        t0 = time.perf_counter()
        actor_mentions, new_actors = find_actors(doc, sdoc, res.kb)
        t1 = time.perf_counter()
        places = find_places(doc, sdoc, res.gazetteer, actor_mentions)
        t2 = time.perf_counter()
        events = extract_events(doc, sdoc, actor_mentions, places)
        t3 = time.perf_counter()
        clock["actors"] += t1 - t0
        clock["places"] += t2 - t1
        clock["events"] += t3 - t2
        out.append(DocumentAnalysis(doc, actor_mentions, places, events, new_actors))
    return out


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


def run(
    inputs: Sequence[str],
    db: str | Path = "realpolitik.duckdb",
    on_progress: ProgressCallback | None = None,
    on_reject: Callable[[str, str], None] | None = None,
    workers: int | None = None,
) -> RunSummary:
    """Process `inputs` (paths, folders or `-`) into the database `db` and re-fuse it.

    `on_progress(stage, n)` is told of work done; `on_reject(doc_id, reason)` of each rejected
    input. `workers`: analysis processes (default: one per core, used once the input holds
    more than one batch). Raises `UsageError` for a missing path before anything is written.
    """
    from realpolitik.clean import DuplicateIndex, clean_document
    from realpolitik.ingest import check_inputs, read_inputs
    from realpolitik.store import Store
    from realpolitik.store.codec import raw_hash

    check_inputs(inputs)
    started = datetime.now(UTC).replace(tzinfo=None)
    t_start = time.perf_counter()
    summary = RunSummary(db=str(db))
    progress = on_progress or (lambda stage, n: None)
    timings = summary.timings
    with Store(db) as store:
        known = store.known_raw_hashes()
        dedup = DuplicateIndex()
        for stored in store.documents():
            if stored.status == "ok" and stored.content_hash:
                dedup.add_existing(stored.doc_id, stored.content_hash, stored.text)

        def cleaned_batches() -> Iterator[tuple[list[Document], list[Document]]]:
            """(new documents, the ok ones among them), a batch at a time, in input order."""
            t0 = time.perf_counter()
            for batch in _batched(read_inputs(inputs), BATCH_SIZE):
                summary.documents_read += len(batch)
                fresh = [d for d in batch if known.get(d.doc_id) != raw_hash(d)]
                summary.documents_skipped += len(batch) - len(fresh)
                for doc in fresh:
                    clean_document(doc)
                    dedup.mark(doc)
                    summary.status[doc.status] += 1
                    if doc.status == "rejected":
                        summary.rejected.append((doc.doc_id, doc.reason or "rejected"))
                        if on_reject:
                            on_reject(doc.doc_id, doc.reason or "rejected")
                timings["read+clean"] += time.perf_counter() - t0
                progress("read", len(batch))
                yield fresh, [d for d in fresh if d.status == "ok"]
                t0 = time.perf_counter()

        def write(fresh: list[Document], analyses: list[DocumentAnalysis]) -> None:
            summary.event_mentions += sum(len(a.event_mentions) for a in analyses)
            t0 = time.perf_counter()
            store.write_batch(fresh, analyses)
            timings["store"] += time.perf_counter() - t0
            for d in fresh:
                known[d.doc_id] = raw_hash(d)
            progress("analysed", len(fresh))

        batches = cleaned_batches()
        # Batches with nothing to analyse (all stored, rejected or duplicates) are written as they
        # come; the pipeline is loaded at the first batch that holds a document to analyse, however
        # deep into the input it is, so no new document is ever stored without its analysis.
        first: list[tuple[list[Document], list[Document]]] = []
        for fresh, ok in batches:
            if ok:
                first = [(fresh, ok), *islice(batches, 1)]
                break
            write(fresh, [])
        n_workers = workers or min(2, os.cpu_count() or 1)
        res = Resources.load() if first else None
        results: Iterator[tuple[list[Document], list[DocumentAnalysis]]]
        pool = None
        if res is not None and n_workers > 1 and len(first) > 1:
            global _WORKER_RESOURCES
            _WORKER_RESOURCES = res
            # Move everything loaded so far out of the garbage collector's reach, so that the
            # workers' collections do not write to (and so copy) the pages they share with us.
            gc.collect()
            gc.freeze()
            pool = multiprocessing.get_context("fork").Pool(n_workers)
            queue = _chain(first, batches)
            pending = ((fresh, pool.apply_async(_analyse_in_worker, (ok,))) for fresh, ok in queue)
            results = _resolve_in_order(pending, timings, lookahead=2 * n_workers)
        else:
            results = (
                (fresh, analyse_documents(ok, res, timings) if ok and res else [])
                for fresh, ok in _chain(first, batches)
            )
        try:
            for fresh, analyses in results:
                write(fresh, analyses)
        finally:
            if pool is not None:
                pool.terminate()
                gc.unfreeze()
        progress("fuse", 0)
        t0 = time.perf_counter()
        refuse(store)
        timings["fuse+analysis"] += time.perf_counter() - t0
        summary.counts = store.counts()
        summary.seconds = time.perf_counter() - t_start
        store.record_run(started, inputs, versions(res.nlp if res else None), summary.as_dict())
    return summary


def _add(total: Timings, part: Timings) -> None:
    for stage, seconds in part.items():
        total[stage] += seconds


def _chain(first: list[Any], rest: Iterator[Any]) -> Iterator[Any]:
    yield from first
    yield from rest


def _resolve_in_order(
    pending: Iterator[tuple[list[Document], Any]], timings: Timings, lookahead: int
) -> Iterator[tuple[list[Document], list[DocumentAnalysis]]]:
    """Keep `lookahead` batches in flight in the pool; yield their results in input order."""
    window: list[tuple[list[Document], Any]] = []
    for item in pending:
        window.append(item)
        if len(window) >= lookahead:
            fresh, job = window.pop(0)
            analyses, worker_timings = job.get()
            _add(timings, worker_timings)
            yield fresh, analyses
    for fresh, job in window:
        analyses, worker_timings = job.get()
        _add(timings, worker_timings)
        yield fresh, analyses


def refuse(store: Any) -> None:
    """Rebuild events, stories, relations and the actor table from what the store holds."""
    from realpolitik.actors import load_kb
    from realpolitik.analysis import compute_relations
    from realpolitik.fusion import cluster_stories, fuse_events

    mentions = store.event_mentions()
    events = fuse_events(mentions)
    documents = store.documents(status="ok")
    stories = cluster_stories(documents)
    relations = compute_relations(events)
    store.replace_corpus_results(events, stories, relations, _actor_table(events, store, load_kb()))


def _actor_table(events: Sequence[Any], store: Any, kb: Any) -> list[tuple[Actor, int]]:
    """Every actor that takes part in an event or is named in a document, with its event count."""
    n_events: Counter[str] = Counter()
    for e in events:
        for actor_id in {a.actor_id for a in e.source + e.target}:
            n_events[actor_id] += 1
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
