"""`run --engine dask` stores exactly what the local engine stores; its failures are one line."""

from __future__ import annotations

import json
import logging
import socket
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from realpolitik import cli, pipeline
from realpolitik.errors import UsageError
from realpolitik.export import EXPORT_KINDS, export

# An ECB+-like folder (one sub-folder per topic, one article per file), written for this test.
TOPICS = {
    "4/4_1ecb.txt": (
        "Rebel fighters attacked an army base near Goma on Monday, killing four soldiers, a "
        "military spokesman said. The government in Kinshasa condemned the attack and promised "
        "to send reinforcements to North Kivu."
    ),
    "4/4_2ecb.txt": (
        "Four soldiers died on Monday when rebels stormed an army base close to Goma, the army "
        "said. Congo's government said more troops would be sent to the province."
    ),
    "9/9_1ecb.txt": (
        "Israeli aircraft struck targets in Gaza City overnight after rockets were fired at "
        "Sderot, the Israeli military said on Tuesday. Hamas said two of its members were killed."
    ),
    "9/9_2ecb.txt": (  # the same report as 9_1 with its last sentence changed: a near duplicate
        "Israeli aircraft struck targets in Gaza City overnight after rockets were fired at "
        "Sderot, the Israeli military said on Tuesday. Hamas said two of its fighters were killed."
    ),
    "9/9_3ecb.txt": (
        "Le gouvernement malien a annoncé mardi l'ouverture de négociations avec les groupes "
        "armés du nord, selon un communiqué publié à Bamako."
    ),
    "9/scan.pdf": "not an article",
}
# A JSONL input: new articles, one id repeated, one empty text.
RECORDS = [
    {"id": "wire-1", "text": "Turkish troops shelled Kurdish positions in northern Syria on "
     "Sunday, the defence ministry in Ankara said.", "published": "2024-03-03"},  # fmt: skip
    {"id": "wire-2", "text": "Russia expelled two Polish diplomats on Friday after Warsaw "
     "closed a Russian consulate in Poznan."},  # fmt: skip
    {"id": "wire-1", "text": "A second record that reuses an id."},
    {"id": "wire-3", "text": "   "},
    {"id": "wire-4", "text": "Egypt hosted talks between Hamas and Fatah delegations in Cairo "
     "on Wednesday, Egyptian state media reported."},  # fmt: skip
]


def _write_input(root: Path) -> list[str]:
    folder = root / "ecb"
    for name, text in TOPICS.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text + "\n", encoding="utf-8")
    wire = root / "wire.jsonl"
    wire.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    return [str(folder), str(wire)]


def _tables(db: Path) -> dict[str, list[str]]:
    """Every row of every stored table but the run log, the time a document was stored left out."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        names = [r[0] for r in con.sql(
            "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' "
            "AND table_name NOT IN ('runs', 'meta')"
        ).fetchall()]  # fmt: skip
        out = {}
        for name in names:
            columns = [r[0] for r in con.sql(f"DESCRIBE {name}").fetchall() if r[0] != "ingested_at"]
            rows = con.sql(f"SELECT {', '.join(columns)} FROM {name}").fetchall()
            out[name] = sorted(map(repr, rows))
        return out
    finally:
        con.close()


def _exports(db: Path, dest: Path) -> dict[str, str]:
    out = {}
    for kind in EXPORT_KINDS:
        path = dest / f"{kind}.jsonl"
        export(kind, db, "jsonl", path)
        out[kind] = path.read_text(encoding="utf-8")
    return out


@pytest.mark.slow
def test_a_two_worker_local_cluster_stores_what_the_local_engine_stores(tmp_path, monkeypatch):
    # The ACLED classifier is left out to keep the test short; it is a stage function like the
    # others and runs the same on either engine. Batches of two make several tasks of each kind.
    monkeypatch.setenv("REALPOLITIK_ACLED", "rules")
    monkeypatch.setenv("REALPOLITIK_BATCH_SIZE", "2")
    inputs = _write_input(tmp_path)
    local_db, dask_db = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    local = pipeline.run(inputs, local_db, workers=1)
    named: list[tuple[str, str]] = []
    distributed = pipeline.run(
        inputs, dask_db, engine="dask", workers=2, on_reject=lambda d, r: named.append((d, r))
    )

    tables = _tables(local_db)
    assert len(tables["event_mentions"]) > 5 and len(tables["documents"]) == 10
    assert _tables(dask_db) == tables
    assert _exports(dask_db, tmp_path) == _exports(local_db, tmp_path)
    for key in ("documents_read", "documents_skipped", "status", "event_mentions", "counts"):
        assert getattr(distributed, key) == getattr(local, key), key
    assert sorted(distributed.rejected) == sorted(local.rejected) == sorted(named)
    rejected = dict(named)
    assert set(rejected) == {"9/9_3ecb.txt", "9/scan.pdf", "wire-1", "wire-3"}
    assert "not English" in rejected["9/9_3ecb.txt"]
    assert "unsupported file type" in rejected["9/scan.pdf"]
    assert "duplicate id" in rejected["wire-1"]
    status = {r.split(",")[0]: r for r in tables["documents"]}
    assert "'duplicate'" in status["('9/9_2ecb.txt'"]


    # The same through a scheduler given by address (here one running in this process).
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=1, processes=False, threads_per_worker=1, dashboard_address=None
    ) as cluster:
        given_db = tmp_path / "given.duckdb"
        pipeline.run(inputs, given_db, engine="dask", scheduler=cluster.scheduler_address)
    assert _tables(given_db) == tables


def test_a_scheduler_without_workers_is_a_usage_error(tmp_path, monkeypatch):
    from distributed import LocalCluster

    from realpolitik.engines import dask_engine

    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT_S", 1)
    (tmp_path / "a.txt").write_text("Troops shelled the town of Kramatorsk on Monday.\n")
    with LocalCluster(n_workers=0, processes=False, dashboard_address=None) as cluster:
        with pytest.raises(UsageError, match="has no workers"):
            pipeline.run(
                [str(tmp_path / "a.txt")], tmp_path / "db.duckdb", engine="dask",
                scheduler=cluster.scheduler_address,
            )  # fmt: skip


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_an_unreachable_scheduler_is_exit_2_with_one_line(tmp_path, monkeypatch, capsys):
    from realpolitik.engines import dask_engine

    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT_S", 2)
    (tmp_path / "a.txt").write_text("Troops shelled the town of Kramatorsk on Monday.\n")
    address = f"tcp://127.0.0.1:{_closed_port()}"
    db = tmp_path / "db.duckdb"
    argv = ["run", str(tmp_path / "a.txt"), "--db", str(db), "--engine", "dask", "--scheduler", address]
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"realpolitik: error: cannot reach the dask scheduler at {address}: ")
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchall() == [(0,)]  # nothing stored


def test_a_scheduler_needs_the_dask_engine(tmp_path, capsys):
    argv = ["run", str(tmp_path), "--db", str(tmp_path / "db.duckdb"), "--scheduler", "tcp://x:1"]
    assert cli.main(argv) == 2
    assert "--scheduler needs --engine dask" in capsys.readouterr().err


def test_without_distributed_the_dask_engine_says_what_to_install(tmp_path, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "distributed" else real(name, *a)
    )
    with pytest.raises(UsageError, match=r"pip install 'dask\[distributed\]'"):
        pipeline.run([str(tmp_path)], tmp_path / "db.duckdb", engine="dask")
    assert not (tmp_path / "db.duckdb").exists()  # refused before the store was opened


def test_an_unknown_engine_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="unknown engine 'spark'"):
        pipeline.run([str(tmp_path)], tmp_path / "db.duckdb", engine="spark")


def test_the_local_engine_does_not_import_dask(tmp_path):
    # A folder with nothing to analyse: the run reads, rejects, fuses and records, loading no model.
    (tmp_path / "notes.pdf").write_text("not an article")
    code = (
        "import sys; from realpolitik.cli import main; "
        f"rc = main(['run', {str(tmp_path)!r}, '--db', {str(tmp_path / 'db.duckdb')!r}]); "
        "print(rc, sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "0 []"


def _heartbeat_record(exc: BaseException) -> logging.LogRecord:
    return logging.LogRecord(
        "distributed.worker", logging.ERROR, __file__, 1,
        "Failed to communicate with scheduler during heartbeat.", None, (type(exc), exc, None),
    )  # fmt: skip


def test_a_heartbeat_lost_to_a_closed_scheduler_is_not_shown_but_other_failures_are():
    from distributed.comm.core import CommClosedError

    from realpolitik.engines.dask_engine import _HEARTBEAT_FILTER

    assert not _HEARTBEAT_FILTER.filter(_heartbeat_record(CommClosedError("Stream is closed")))
    assert _HEARTBEAT_FILTER.filter(_heartbeat_record(ConnectionRefusedError("refused")))
    other = logging.LogRecord(
        "distributed.worker", logging.ERROR, __file__, 1, "Compute failed", None,
        (CommClosedError, CommClosedError("x"), None),
    )  # fmt: skip
    assert _HEARTBEAT_FILTER.filter(other)
