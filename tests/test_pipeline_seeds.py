"""End to end on the seeds: exports validate against the schema; re-running adds nothing."""

import json
from pathlib import Path

import jsonschema
import pytest

from realpolitik.cli import main
from realpolitik.pipeline import run
from realpolitik.store import Store

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory, seeds_dir):
    db = tmp_path_factory.mktemp("seeds") / "seeds.duckdb"
    run([str(seeds_dir)], db)
    return db


def test_pipeline_seeds_events_validate_against_the_schema(seeds_db, shared_dir):
    schema = json.loads((shared_dir / "spec" / "event.schema.json").read_text())
    validator = jsonschema.Draft202012Validator(schema)
    with Store(seeds_db, read_only=True) as store:
        events = store.records("events")
    for event in events:
        errors = sorted(validator.iter_errors(event), key=str)
        assert not errors, f"{event['event_id']}: {errors[0].message}"


def test_pipeline_seeds_rerun_changes_nothing(seeds_db, seeds_dir):
    with Store(seeds_db, read_only=True) as store:
        before = store.counts()
        events_before = store.records("events")
    summary = run([str(seeds_dir)], seeds_db)
    assert summary.documents_skipped == 4
    with Store(seeds_db, read_only=True) as store:
        assert store.counts() == before
        assert store.records("events") == events_before


def test_pipeline_seeds_documents_export_has_contract_fields(seeds_db, tmp_path):
    out = tmp_path / "docs.jsonl"
    assert main(["export", "documents", "--db", str(seeds_db), "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 4
    required = {"doc_id", "status", "reason", "title", "url", "published", "outlet", "text", "duplicate_of"}
    for r in records:
        assert required <= r.keys()
        assert r["status"] == "ok" and r["reason"] is None


@pytest.mark.parametrize("kind", ["events", "documents", "actors", "places", "stories", "relations"])
@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_pipeline_seeds_every_kind_exports_in_every_format(seeds_db, tmp_path, kind, fmt):
    out = tmp_path / f"{kind}.{fmt}"
    assert main(["export", kind, "--db", str(seeds_db), "--format", fmt, "-o", str(out)]) == 0
    assert Path(out).exists()


def test_pipeline_seeds_actor_export_has_contract_fields(seeds_db):
    with Store(seeds_db, read_only=True) as store:
        actors = store.records("actors")
    assert actors
    required = {"actor_id", "name", "kind", "country", "sector", "wikidata", "aliases", "roles", "n_events"}
    for a in actors:
        assert required <= a.keys()
