"""The run's input: read, given its ids, cleaned and de-duplicated, a batch at a time.

Needs: the input paths and the stored documents' versions. Adds: the batches of new documents
(`cleaned_batches`), in input order, and the reading counts and rejections of the run's
`RunSummary`. `read_ahead` does this in a forked process while the run loads its models, so
that the reading and the cleaning (and their imports) run on the other core meanwhile.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from realpolitik.model import Document

if TYPE_CHECKING:
    from realpolitik.pipeline import RunSummary, Timings


class IdBook:
    """Which document id each input gets: skipped, a new version, or rejected as a repeat.

    - an id already read in this run is rejected (the first one is kept);
    - an id stored with the same content (any version) is skipped;
    - an id whose latest stored version is a rejection takes that version's place;
    - an id stored with other content becomes its next version, `ID#v2`, `ID#v3`...
    """

    def __init__(self, stored: dict[str, list[Any]]) -> None:
        self.stored = stored
        self.taken = {v.doc_id for versions in stored.values() for v in versions}
        self.seen: dict[str, str] = {}  # input id -> the source that first gave it in this run
        self.versions: dict[str, tuple[str, int]] = {}  # doc_id -> (input id, version)

    def assign(self, doc: Document) -> str:
        """'new', 'skip' or 'repeat'; for 'new', `doc.doc_id` is set to the id to store."""
        from realpolitik.store.codec import raw_hash

        base = doc.doc_id
        if base in self.seen:
            return "repeat"
        self.seen[base] = doc.source
        versions = self.stored.get(base, [])
        digest = raw_hash(doc)
        if any(v.raw_hash == digest and v.status != "rejected" for v in versions):
            return "skip"
        if versions and versions[-1].status == "rejected":
            doc_id, number = versions[-1].doc_id, versions[-1].version
        elif versions or base in self.taken:
            number = max((v.version for v in versions), default=1) + 1
            while f"{base}#v{number}" in self.taken:
                number += 1
            doc_id = f"{base}#v{number}"
        else:
            doc_id, number = base, 1
        self.taken.add(doc_id)
        self.versions[doc_id] = (base, number)
        doc.doc_id = doc_id
        return "new"


def cleaned_batches(
    inputs: Sequence[str],
    published: date | None,
    ids: IdBook,
    dedup: Any,
    summary: RunSummary,
    on_reject: Callable[[str, str], None] | None,
    clean: Callable[[Iterator[list[Document]]], Iterator[list[Document]]] | None = None,
    on_fresh: Callable[[list[Document]], None] | None = None,
) -> Iterator[tuple[list[Document], list[Document]]]:
    """(new documents, the ok ones among them), a batch at a time, in input order.

    `clean` turns the batches of new documents into the same batches cleaned (`clean_document`
    on each), in order: the dask engine cleans on its workers. By default they are cleaned here.
    Ids and duplicates are decided here, in input order, whoever cleans. `on_fresh(fresh)` is
    told of each batch of new documents as soon as it is read, before it is cleaned.
    """

    def rejected(doc_id: str, reason: str) -> None:
        summary.rejected.append((doc_id, reason))
        if on_reject:
            on_reject(doc_id, reason)

    fresh_batches = _fresh_batches(inputs, published, ids, summary, rejected)
    if on_fresh is not None:
        fresh_batches = _told(fresh_batches, on_fresh)
    if clean is None:
        cleaned: Iterator[list[Document]] = (
            _clean_here(fresh, summary.timings) for fresh in fresh_batches
        )
    else:
        cleaned = clean(fresh_batches)
    for fresh in cleaned:
        t0 = time.perf_counter()
        for doc in fresh:
            dedup.mark(doc)
            summary.status[doc.status] += 1
            if doc.status == "rejected":
                rejected(doc.doc_id, doc.reason or "rejected")
        summary.timings["read+clean"] += time.perf_counter() - t0
        yield fresh, [d for d in fresh if d.status == "ok"]


def _told(
    batches: Iterator[list[Document]], tell: Callable[[list[Document]], None]
) -> Iterator[list[Document]]:
    for batch in batches:
        tell(batch)
        yield batch


def _fresh_batches(
    inputs: Sequence[str],
    published: date | None,
    ids: IdBook,
    summary: RunSummary,
    rejected: Callable[[str, str], None],
) -> Iterator[list[Document]]:
    """The documents to store (new ids or new versions), a batch at a time, in input order;
    repeated ids are rejected here, documents already stored are counted and left out."""
    from realpolitik.ingest import read_inputs

    t0 = time.perf_counter()
    from realpolitik.pipeline import _batched, batch_size

    for batch in _batched(read_inputs(inputs, published=published), batch_size()):
        summary.documents_read += len(batch)
        fresh = []
        for doc in batch:
            verdict = ids.assign(doc)
            if verdict == "skip":
                summary.documents_skipped += 1
            elif verdict == "repeat":
                # Not stored: the id belongs to the first input that gave it.
                summary.status["rejected"] += 1
                first = ids.seen[doc.doc_id]
                if first == doc.source:
                    why = "duplicate id in this run (given earlier in the same input; the first is kept)"
                else:
                    why = (
                        f"duplicate id in this run ({doc.source}; the first, from {first}, is kept)"
                    )
                rejected(doc.doc_id, why)
            else:
                fresh.append(doc)
        summary.timings["read+clean"] += time.perf_counter() - t0
        yield fresh
        t0 = time.perf_counter()


def clean_batch(docs: list[Document]) -> list[Document]:
    """`clean_document` on each document (in place); the same list."""
    from realpolitik.clean import clean_document

    for doc in docs:
        clean_document(doc)
    return docs


def _clean_here(fresh: list[Document], timings: Timings) -> list[Document]:
    t0 = time.perf_counter()
    clean_batch(fresh)
    timings["read+clean"] += time.perf_counter() - t0
    return fresh


def stored_duplicates(db: str | Path) -> Any:
    """A `DuplicateIndex` of the ok documents stored in `db` (new ones are marked against them)."""
    from realpolitik.clean import DuplicateIndex
    from realpolitik.store import Store

    dedup = DuplicateIndex()
    with Store(db, read_only=True) as store:
        for doc in store.documents(status="ok"):
            if doc.content_hash:
                dedup.add_existing(doc.doc_id, doc.content_hash, doc.text)
    return dedup


# Cleaned batches the reading process may send before the run takes them, and the run then
# holds: enough that a 300-document input (5 batches) is read and cleaned while the run loads
# its models and the reader then ends, few enough that memory does not grow with the input (a
# batch of 64 ECB+ documents is about 0.5 MB pickled; one of HTML pages carries the pages too).
READ_AHEAD_BATCHES = 6

# `REALPOLITIK_READ_AHEAD=off` reads and cleans in the run's own process (for debugging).
READ_AHEAD_ENV = "REALPOLITIK_READ_AHEAD"


@contextmanager
def read_ahead(
    inputs: Sequence[str],
    published: date | None,
    ids: IdBook,
    db: str | Path,
    summary: RunSummary,
    on_reject: Callable[[str, str], None] | None,
) -> Iterator[Batches]:
    """`cleaned_batches`, read and cleaned in a forked process of their own.

    Reading, cleaning and duplicate marking (and their imports: trafilatura, the language
    identifier, datasketch and scipy, about 1.5 s) then run on the other core while this process
    loads the models, instead of before it; by the time the workers fork, a 300-document input
    is read and cleaned. The batches, the summary's counts and rejections and the ids given come
    back in input order, so the run stores exactly what reading here would have. Reading here
    instead: stdin (`-`, which a forked process does not share cleanly), no `fork` start method,
    a run inside a daemonic process, or `REALPOLITIK_READ_AHEAD=off`."""
    if (
        "-" in inputs
        or os.environ.get(READ_AHEAD_ENV, "").lower() == "off"
        or "fork" not in multiprocessing.get_all_start_methods()
        or multiprocessing.current_process().daemon  # (which may not start processes)
    ):
        dedup = stored_duplicates(db)
        yield Batches(cleaned_batches(inputs, published, ids, dedup, summary, on_reject))
        return
    ctx = multiprocessing.get_context("fork")
    queue: Any = ctx.Queue(maxsize=READ_AHEAD_BATCHES)
    reader = ctx.Process(
        target=_read_in_child, args=(queue, os.getpid(), inputs, published, ids, db), daemon=True
    )
    reader.start()
    try:
        yield ReadAhead(reader, queue, ids, summary, on_reject)
    finally:
        if reader.is_alive():
            reader.terminate()
        reader.join()
        queue.close()


class Batches:
    """Cleaned batches, (new documents, the ok ones among them), in input order."""

    def __init__(self, batches: Iterator[tuple[list[Document], list[Document]]]) -> None:
        self._batches = batches

    def __iter__(self) -> Iterator[tuple[list[Document], list[Document]]]:
        return self._batches

    def __next__(self) -> tuple[list[Document], list[Document]]:
        return next(self._batches)

    def has_new(self) -> bool | None:
        """Whether the input holds a document to store, when known before it is cleaned
        (None: not known until the batches are read)."""
        return None


def _read_in_child(
    queue: Any,
    parent: int,
    inputs: Sequence[str],
    published: date | None,
    ids: IdBook,
    db: str | Path,
) -> None:
    """The reading process: ("new",) as soon as a new document is read, then the batches of
    `cleaned_batches` into `queue`, each with what it changed in the summary and the ids; then
    ("end",), or ("error", exception)."""
    from realpolitik.pipeline import RunSummary, _worker_init

    _worker_init(parent)
    summary = RunSummary(db=str(db))
    told = False

    def tell(fresh: list[Document]) -> None:
        nonlocal told
        if fresh and not told:
            told = True
            queue.put(("new",))

    try:
        batches = cleaned_batches(
            inputs, published, ids, _DuplicatesLater(db), summary, None, on_fresh=tell
        )
        before = _SummaryMark(summary)
        for fresh, _ok in batches:
            after = _SummaryMark(summary)
            versions = {d.doc_id: ids.versions[d.doc_id] for d in fresh if d.doc_id in ids.versions}
            queue.put(("batch", fresh, versions, after.since(before, summary)))
            before = after
        queue.put(("end",))
    except BaseException as exc:  # handed to the run, which raises it
        queue.put(("error", _picklable(exc)))
    finally:
        queue.close()
        queue.join_thread()


class _DuplicatesLater:
    """`stored_duplicates(db)`, made at the first `mark`: the reading process then says that
    the input holds a new document (and the run starts loading its models) before it imports
    datasketch and scipy (about 1 s) and reads the stored documents."""

    def __init__(self, db: str | Path) -> None:
        self._db = db
        self._index: Any = None

    def mark(self, doc: Document) -> Document:
        if self._index is None:
            self._index = stored_duplicates(self._db)
        result: Document = self._index.mark(doc)
        return result


def _picklable(exc: BaseException) -> BaseException:
    import pickle

    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return RuntimeError(f"reading the input failed: {exc!r}")
    return exc


@dataclass
class _SummaryMark:
    """What a `RunSummary`'s reading counts stood at, to send the change since."""

    read: int
    skipped: int
    status: Counter[str]
    rejected: int
    seconds: float

    def __init__(self, summary: RunSummary) -> None:
        self.read, self.skipped = summary.documents_read, summary.documents_skipped
        self.status, self.rejected = Counter(summary.status), len(summary.rejected)
        self.seconds = summary.timings["read+clean"]

    def since(self, before: _SummaryMark, summary: RunSummary) -> dict[str, Any]:
        return {
            "read": self.read - before.read,
            "skipped": self.skipped - before.skipped,
            "status": self.status - before.status,
            "rejected": summary.rejected[before.rejected : self.rejected],
            "seconds": self.seconds - before.seconds,
        }


class ReadAhead(Batches):
    """The reading process's batches, with its counts, rejections and ids applied here."""

    def __init__(
        self,
        reader: Any,
        queue: Any,
        ids: IdBook,
        summary: RunSummary,
        on_reject: Callable[[str, str], None] | None,
    ) -> None:
        self._reader, self._queue = reader, queue
        self._ids, self._summary, self._on_reject = ids, summary, on_reject
        self._held: list[tuple[Any, ...]] = []  # messages read by `has_new`, not yet taken
        self._new: bool | None = None
        super().__init__(self._take())

    def _message(self) -> tuple[Any, ...]:
        import queue as queue_module

        while True:
            try:
                message: tuple[Any, ...] = self._queue.get(timeout=0.5)
            except queue_module.Empty:
                if not self._reader.is_alive():
                    raise RuntimeError(
                        "the process reading the input stopped "
                        f"(exit status {self._reader.exitcode})"
                    ) from None
                continue
            return message

    def has_new(self) -> bool | None:
        while self._new is None:
            message = self._message()
            if message[0] == "new":
                self._new = True
            else:
                self._held.append(message)
                if message[0] in ("end", "error"):
                    self._new = False
        return self._new

    def _drain(self) -> None:
        """Take what the reading process has sent, up to `READ_AHEAD_BATCHES`: it then
        finishes (a 300-document input: before the workers start) and its memory is freed,
        where otherwise it would wait, alive, until the last batch is taken."""
        import queue as queue_module

        while len(self._held) < READ_AHEAD_BATCHES and not (
            self._held and self._held[-1][0] in ("end", "error")
        ):
            try:
                self._held.append(self._queue.get(timeout=0.01))
            except queue_module.Empty:
                return

    def _take(self) -> Iterator[tuple[list[Document], list[Document]]]:
        while True:
            self._drain()
            message = self._held.pop(0) if self._held else self._message()
            if message[0] == "new":
                self._new = True
                continue
            if message[0] == "end":
                return
            if message[0] == "error":
                raise message[1]
            _, fresh, versions, change = message
            self._ids.versions.update(versions)
            summary = self._summary
            summary.documents_read += change["read"]
            summary.documents_skipped += change["skipped"]
            summary.status.update(change["status"])
            summary.timings["read+clean"] += change["seconds"]
            for doc_id, reason in change["rejected"]:
                summary.rejected.append((doc_id, reason))
                if self._on_reject:
                    self._on_reject(doc_id, reason)
            yield fresh, [d for d in fresh if d.status == "ok"]
