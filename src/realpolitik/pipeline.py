"""`run`: ingest -> clean -> nlp -> actors/places/events -> store, then fuse over the store."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any

from realpolitik.model import Actor, Document, DocumentAnalysis

# Documents go through the stages and into the store this many at a time: one transaction each.
# Large enough for spaCy's batching and DuckDB's bulk inserts, small enough that a run killed
# half-way loses little work.
BATCH_SIZE = 64


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
        from realpolitik.nlp import load_pipeline
        from realpolitik.places import load_gazetteer

        return cls(nlp=load_pipeline(), kb=load_kb(), gazetteer=load_gazetteer())


def analyse_document(doc: Document, sdoc: Any, res: Resources) -> DocumentAnalysis:
    """The per-document stages over one cleaned, parsed document."""
    from realpolitik.actors import find_actors
    from realpolitik.events import extract_events
    from realpolitik.places import find_places

    actor_mentions, new_actors = find_actors(doc, sdoc, res.kb)
    places = find_places(doc, sdoc, res.gazetteer, actor_mentions)
    events = extract_events(doc, sdoc, actor_mentions, places)
    return DocumentAnalysis(
        doc=doc,
        actor_mentions=actor_mentions,
        place_mentions=places,
        event_mentions=events,
        new_actors=new_actors,
    )


def analyse_documents(docs: Sequence[Document], res: Resources) -> list[DocumentAnalysis]:
    """Parse the documents in one batch (`nlp.pipe`) and analyse each."""
    from realpolitik.nlp import parse_texts

    sdocs = parse_texts((d.text for d in docs), res.nlp)
    return [analyse_document(d, s, res) for d, s in zip(docs, sdocs, strict=True)]


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
) -> RunSummary:
    """Process `inputs` (paths, folders or `-`) into the database `db` and re-fuse it.

    `on_progress(stage, n)` is told of work done; `on_reject(doc_id, reason)` of each rejected
    input. Raises `UsageError` for a missing path before anything is written.
    """
    from realpolitik.clean import DuplicateIndex, clean_document
    from realpolitik.ingest import check_inputs, read_inputs
    from realpolitik.store import Store
    from realpolitik.store.codec import raw_hash

    check_inputs(inputs)
    started = datetime.now(UTC).replace(tzinfo=None)
    summary = RunSummary(db=str(db))
    progress = on_progress or (lambda stage, n: None)
    with Store(db) as store:
        known = store.known_raw_hashes()
        dedup = DuplicateIndex()
        for stored in store.documents():
            if stored.status == "ok" and stored.content_hash:
                dedup.add_existing(stored.doc_id, stored.content_hash, stored.text)
        res: Resources | None = None
        for batch in _batched(read_inputs(inputs), BATCH_SIZE):
            summary.documents_read += len(batch)
            fresh = [d for d in batch if known.get(d.doc_id) != raw_hash(d)]
            summary.documents_skipped += len(batch) - len(fresh)
            progress("read", len(batch))
            for doc in fresh:
                clean_document(doc)
                dedup.mark(doc)
                summary.status[doc.status] += 1
                if doc.status == "rejected":
                    summary.rejected.append((doc.doc_id, doc.reason or "rejected"))
                    if on_reject:
                        on_reject(doc.doc_id, doc.reason or "rejected")
            ok = [d for d in fresh if d.status == "ok"]
            if ok and res is None:
                res = Resources.load()
            analyses = analyse_documents(ok, res) if ok and res else []
            summary.event_mentions += sum(len(a.event_mentions) for a in analyses)
            store.write_batch(fresh, analyses)
            for d in fresh:
                known[d.doc_id] = raw_hash(d)
            progress("analysed", len(fresh))
        progress("fuse", 0)
        refuse(store)
        summary.counts = store.counts()
        summary.seconds = (datetime.now(UTC).replace(tzinfo=None) - started).total_seconds()
        store.record_run(started, inputs, versions(), summary.as_dict())
    return summary


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
    mentioned = {r["actor_id"]: r for r in store.records("actor_mentions")}
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


def versions() -> dict[str, str]:
    """Versions of code, pipeline and knowledge base, recorded with every run."""
    from realpolitik import __version__

    out = {"code": __version__, "python": sys.version.split()[0]}
    try:
        from realpolitik.nlp import load_pipeline

        meta = load_pipeline().meta
        out["pipeline"] = f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"
    except Exception:  # noqa: BLE001 - versions are informative; a missing pipeline is reported elsewhere
        out["pipeline"] = "unavailable"
    try:
        from realpolitik.actors.kb import KB_VERSION  # type: ignore[attr-defined]

        out["kb"] = str(KB_VERSION)
    except ImportError:
        out["kb"] = "unknown"
    return out
