"""Reading ahead: the input read and cleaned in a forked process gives the run exactly what
reading in the run's own process gives (batches, ids, counts, rejections in order), and a
failure there reaches the run as an error, never a hang."""

from __future__ import annotations

import json
import os
import time

import pytest

from realpolitik import pipeline, run_input
from realpolitik.clean import DuplicateIndex
from realpolitik.store import Store

ENGLISH = (
    "The city council voted on Tuesday to widen the harbour road, after months of complaints "
    "from lorry drivers about the queues at the ferry terminal near the old fish market."
)
GERMAN = (
    "Der Stadtrat hat am Dienstag beschlossen, die Hafenstraße zu verbreitern, nachdem sich "
    "Lastwagenfahrer monatelang über die Schlangen am Fähranleger beschwert hatten."
)


def _input(tmp_path, records: list[dict[str, str]]) -> str:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def _records() -> list[dict[str, str]]:
    return [
        {"id": "a", "text": ENGLISH},
        {"id": "b", "text": GERMAN},  # rejected by cleaning: not English
        {"id": "a", "text": ENGLISH + " Again."},  # rejected: repeated id
        {"id": "c", "text": ENGLISH},  # a duplicate of a
        {"id": "d", "text": ENGLISH.replace("Tuesday", "Friday").replace("harbour", "river")},
        {"id": "e", "text": ""},  # rejected: empty
    ]


def _read(tmp_path, inputs: list[str], db, read_ahead: bool, monkeypatch):
    monkeypatch.setenv(run_input.READ_AHEAD_ENV, "on" if read_ahead else "off")
    with Store(db) as store:
        ids = run_input.IdBook(store.stored_versions())
    summary = pipeline.RunSummary(db=str(db))
    told: list[tuple[str, str]] = []
    with run_input.read_ahead(
        inputs, None, ids, db, summary, lambda d, r: told.append((d, r))
    ) as batches:
        new = batches.has_new()
        got = [
            (
                [(d.doc_id, d.status, d.reason, d.duplicate_of, d.text) for d in fresh],
                [d.doc_id for d in ok],
            )
            for fresh, ok in batches
        ]
    counts = summary.as_dict()
    counts.pop("timings")  # seconds differ from run to run
    return new, got, counts, told, dict(ids.versions)


@pytest.mark.parametrize("batch", ["2", "64"])
def test_reading_ahead_gives_what_reading_here_gives(tmp_path, monkeypatch, batch):
    monkeypatch.setenv("REALPOLITIK_BATCH_SIZE", batch)
    inputs = [_input(tmp_path, _records())]
    db = tmp_path / "s.duckdb"
    here = _read(tmp_path, inputs, db, False, monkeypatch)
    ahead = _read(tmp_path, inputs, db, True, monkeypatch)
    assert ahead[1:] == here[1:]
    new, got, summary, told, versions = ahead
    assert new is True
    assert sorted(d for d, _ in told) == ["a", "b", "e"]  # the repeat, the German, the empty
    assert summary["status"] == {"ok": 2, "rejected": 3, "duplicate": 1}
    assert [ok for _, ok in got if ok] and sum(len(ok) for _, ok in got) == 2
    assert set(versions) == {"a", "b", "c", "d", "e"}


def test_an_input_already_stored_has_nothing_new_before_it_is_cleaned(tmp_path, monkeypatch):
    inputs = [_input(tmp_path, [{"id": "a", "text": ENGLISH}])]
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        ids = run_input.IdBook({})
        summary = pipeline.RunSummary(db=str(db))
        fresh, _ = next(
            run_input.cleaned_batches(inputs, None, ids, DuplicateIndex(), summary, None)
        )
        store.write_batch(fresh, [], ids.versions)
    new, got, summary_after, _, _ = _read(tmp_path, inputs, db, True, monkeypatch)
    assert new is False
    assert got == [([], [])] and summary_after["documents_skipped"] == 1


def test_a_failure_while_reading_ahead_is_raised_in_the_run(tmp_path, monkeypatch):
    def broken(db):
        raise ValueError("the stored documents could not be read")

    monkeypatch.setattr(run_input, "stored_duplicates", broken)  # the forked reader inherits it
    inputs = [_input(tmp_path, _records())]
    with pytest.raises(ValueError, match="could not be read"):
        _read(tmp_path, inputs, tmp_path / "s.duckdb", True, monkeypatch)


def test_a_reader_that_dies_is_reported_not_waited_for(tmp_path, monkeypatch):
    def dies(db):
        os._exit(3)

    monkeypatch.setattr(run_input, "stored_duplicates", dies)
    inputs = [_input(tmp_path, _records())]
    with pytest.raises(RuntimeError, match="exit status 3"):
        _read(tmp_path, inputs, tmp_path / "s.duckdb", True, monkeypatch)


def test_the_reader_is_done_once_the_run_takes_its_first_batch(tmp_path, monkeypatch):
    # Its batches wait in the run, so that its memory is freed before the workers start.
    monkeypatch.setenv("REALPOLITIK_BATCH_SIZE", "2")
    monkeypatch.setenv(run_input.READ_AHEAD_ENV, "on")
    # Long texts: more than the pipe between the processes holds (64 kB), which a reader
    # waiting to be read from does not finish writing.
    long = [{"id": str(i), "text": f"Report {i}. " + ENGLISH * 60} for i in range(6)]
    inputs = [_input(tmp_path, long)]
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        ids = run_input.IdBook(store.stored_versions())
    summary = pipeline.RunSummary(db=str(db))
    with run_input.read_ahead(inputs, None, ids, db, summary, None) as batches:
        assert isinstance(batches, run_input.ReadAhead)
        assert batches.has_new()
        time.sleep(3.0)  # the reader cleans the rest meanwhile (as it does while models load)
        next(iter(batches))
        batches._reader.join(timeout=10)
        assert not batches._reader.is_alive()
        assert sum(1 for _ in batches) == 2  # the other two batches of three, from the run
    assert summary.documents_read == 6
