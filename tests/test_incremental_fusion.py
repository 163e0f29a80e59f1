"""Incremental fusion: adding documents to a fused store gives the derived tables that one full
re-fuse of everything gives (event ids are hashes of their mention ids, so equal content is
equal ids), and the mode `run` picks.

Stories too: `fusion.incremental` re-clusters exactly the components of the story graph that the
new documents' epochs touch (tests/test_incremental_stories.py pins that on hand-made texts)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from realpolitik.pipeline import fuse
from realpolitik.store import SCHEMA_VERSION, Store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from synthetic_corpus import Corpus  # noqa: E402


def _write(db: Path, corpus: Corpus) -> None:
    with Store(db) as store:
        for docs, analyses in corpus.batches(100):
            store.write_batch(docs, analyses)


def _tables(db: Path) -> dict[str, list]:
    with Store(db, read_only=True) as store:
        out = {
            kind: sorted(map(repr, store.records(kind)))
            for kind in ("events", "stories", "relations", "actors")
        }
        out["members"] = sorted(store.con.execute("SELECT * FROM event_members").fetchall())
        out["story_edges"] = sorted(store.con.execute("SELECT * FROM story_edges").fetchall())
        # the merge history, without its step numbers (each run numbers its own)
        out["story_merges"] = sorted(
            store.con.execute("SELECT doc_a, doc_b, similarity FROM story_merges").fetchall()
        )
        return out


@pytest.mark.parametrize(
    ("seed", "neighbours"), [(3, False), (11, False), (3, True), (11, True)]
)
def test_adding_documents_incrementally_equals_a_full_refuse(
    tmp_path: Path, seed: int, neighbours: bool
) -> None:
    # 20 documents a day over 20 days; B: every 23rd document (reports of happenings A holds
    # other reports of) and 30 more on the following days. `neighbours`: reports of one
    # handover, or of force with water cannon (some naming no party), typed in two families
    # and joined across them (`fusion.cross_family`)
    later = lambda i: i % 23 == 7 or i >= 400  # noqa: E731
    a = Corpus(430, seed=seed, per_day=20, pick=lambda i: not later(i), neighbours=neighbours)
    b = Corpus(430, seed=seed, per_day=20, pick=later, neighbours=neighbours)
    incremental, full = tmp_path / "inc.duckdb", tmp_path / "full.duckdb"
    _write(incremental, a)
    assert fuse(incremental) == "full"  # the first fusion of a store
    _write(incremental, b)
    assert fuse(incremental) == "incremental"
    _write(full, a)
    _write(full, b)
    assert fuse(full, mode="full") == "full"
    got, want = _tables(incremental), _tables(full)
    assert want["events"] and want["stories"] and want["relations"]
    if neighbours:  # some event holds mentions of both families
        with Store(full, read_only=True) as store:
            types = store.con.execute(
                "SELECT event_id, count(DISTINCT plover_type) FROM event_mentions m JOIN "
                "event_members e USING (mention_id) GROUP BY event_id HAVING count(DISTINCT "
                "plover_type) > 1"
            ).fetchall()
        assert types
    for table in want:
        assert got[table] == want[table], table


def test_the_incremental_run_refuses_only_the_region_of_the_new_documents(tmp_path: Path) -> None:
    import shutil

    from realpolitik.fusion.incremental import refuse_events, refuse_stories

    db, copy = tmp_path / "s.duckdb", tmp_path / "copy.duckdb"
    _write(db, Corpus(1200, seed=5, per_day=10))  # 120 days
    fuse(db)
    with Store(db, read_only=True) as store:
        before = {r["event_id"] for r in store.records("events")}
    _write(db, Corpus(10, seed=5, per_day=10, start_index=1200))
    shutil.copy(db, copy)
    with Store(db) as store:
        events, stories = refuse_events(store), refuse_stories(store)
    # the new documents' window (60 days for events, 30 for stories), not the whole store
    assert 0 < events.refused_mentions < 0.7 * 2 * 1200
    assert set(events.removed) < before
    assert 10 < stories.reclustered < 0.5 * 1210
    # with a region smaller than the store, every derived table still equals a full re-fuse
    assert fuse(db) == "incremental"
    assert fuse(copy, mode="full") == "full"
    got, want = _tables(db), _tables(copy)
    for table in ("events", "members", "stories", "story_edges", "relations", "actors"):
        assert got[table] == want[table], table


def test_nothing_new_means_nothing_to_fuse(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    _write(db, Corpus(50, seed=1, per_day=10))
    assert fuse(db) == "full"
    assert fuse(db) == "none"
    with Store(db) as store:
        assert not store.fusion_pending()


def test_a_large_addition_is_fused_in_full(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    _write(db, Corpus(50, seed=1, per_day=10))
    fuse(db)
    _write(db, Corpus(50, seed=1, per_day=10, start_index=50))  # doubles the store
    assert fuse(db) == "full"


def test_a_store_without_event_members_is_fused_in_full(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    _write(db, Corpus(100, seed=1, per_day=10))
    fuse(db)
    _write(db, Corpus(5, seed=1, per_day=10, start_index=100))
    with Store(db) as store:
        store.con.execute("DELETE FROM event_members")  # as after the migration from schema 2
    assert fuse(db, mode="incremental") == "full"
    with Store(db, read_only=True) as store:
        assert store.has_event_members()


def test_cli_fuse_refuses_a_database_in_full(tmp_path: Path) -> None:
    from realpolitik.cli import main

    db = tmp_path / "s.duckdb"
    _write(db, Corpus(60, seed=2, per_day=10))
    fuse(db)
    before = _tables(db)
    with Store(db) as store:
        store.con.execute("DELETE FROM stories")
    assert main(["fuse", "--db", str(db)]) == 0
    assert _tables(db) == before


def test_cli_fuse_of_a_missing_database_is_a_usage_error(tmp_path: Path, capsys) -> None:
    from realpolitik.cli import main

    assert main(["fuse", "--db", str(tmp_path / "nothing.duckdb")]) == 2
    assert "no such database" in capsys.readouterr().err


def test_a_schema_2_store_migrates_and_its_next_fusion_is_full(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    _write(db, Corpus(60, seed=2, per_day=10))
    fuse(db)
    before = _tables(db)
    with Store(db) as store:  # as a store written before event_members
        store.con.execute("DROP TABLE event_members")
        store.con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    with Store(db) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.fusion_pending()  # its events list no members yet
        assert not store.has_event_members()
    assert fuse(db) == "full"
    assert _tables(db) == before


def test_a_schema_3_store_migrates_and_its_next_fusion_keeps_the_story_graph(tmp_path: Path) -> None:
    db, fresh = tmp_path / "s.duckdb", tmp_path / "fresh.duckdb"
    _write(db, Corpus(80, seed=4, per_day=10))
    fuse(db)
    with Store(db) as store:  # as a store written before story_edges
        store.con.execute("DROP TABLE story_edges")
        store.con.execute("DELETE FROM meta WHERE key = 'story_graph'")
        store.con.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    with Store(db) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.fusion_pending() and not store.has_story_graph()
    _write(db, Corpus(4, seed=4, per_day=10, start_index=80))
    assert fuse(db) == "incremental"  # events incrementally, stories (no graph yet) in full
    with Store(db, read_only=True) as store:
        assert store.has_story_graph()
    _write(fresh, Corpus(84, seed=4, per_day=10))
    fuse(fresh, mode="full")
    assert _tables(db) == _tables(fresh)


def test_a_schema_4_store_migrates_and_its_next_fusion_keeps_the_merge_history(
    tmp_path: Path,
) -> None:
    db, fresh = tmp_path / "s.duckdb", tmp_path / "fresh.duckdb"
    _write(db, Corpus(80, seed=5, per_day=10))
    fuse(db)
    with Store(db) as store:  # as a store written before story_merges
        store.con.execute("DROP TABLE story_merges")
        store.con.execute("DELETE FROM meta WHERE key = 'story_history'")
        store.con.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
    with Store(db) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.has_story_graph() and not store.has_story_history()
    _write(db, Corpus(4, seed=5, per_day=10, start_index=80))
    assert fuse(db) == "incremental"  # events incrementally, stories (no history yet) in full
    with Store(db, read_only=True) as store:
        assert store.has_story_history()
        assert store.con.execute("SELECT count(*) FROM story_merges").fetchone()[0] > 0
    _write(db, Corpus(4, seed=5, per_day=10, start_index=84))
    assert fuse(db) == "incremental"  # now the history is replayed
    _write(fresh, Corpus(88, seed=5, per_day=10))
    fuse(fresh, mode="full")
    assert _tables(db) == _tables(fresh)


@pytest.mark.slow
def test_a_generated_corpus_added_out_of_order_equals_a_full_refuse(tmp_path: Path) -> None:
    # 3,000 documents over 60 days; B (300) is every 10th document: most published before
    # some of A's, then fused incrementally in three parts, as three runs would
    parts = [lambda i, k=k: i % 10 == 0 and (i // 10) % 3 == k for k in range(3)]
    a = Corpus(3000, seed=9, per_day=50, pick=lambda i: i % 10 != 0)
    incremental, full = tmp_path / "inc.duckdb", tmp_path / "full.duckdb"
    _write(incremental, a)
    assert fuse(incremental) == "full"
    for part in parts:
        _write(incremental, Corpus(3000, seed=9, per_day=50, pick=part))
        assert fuse(incremental, mode="incremental") == "incremental"
    _write(full, Corpus(3000, seed=9, per_day=50))
    assert fuse(full, mode="full") == "full"
    got, want = _tables(incremental), _tables(full)
    assert len(want["stories"]) > 100 and len(want["story_edges"]) > 1000
    for table in want:
        assert got[table] == want[table], table
