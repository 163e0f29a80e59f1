"""docs/fields.md describes every column; exports follow the packaged event schema, which keeps
every field of the contract's."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import jsonschema
import pytest
from export_fixtures import located_db

from realpolitik.export import PROFILES, SCHEMAS, export
from realpolitik.store.views import VIEWS

ROOT = Path(__file__).resolve().parents[1]
CODEBOOK = (ROOT / "docs" / "fields.md").read_text(encoding="utf-8")
PACKAGED = ROOT / "src" / "realpolitik" / "data" / "spec" / "event.schema.json"
SHARED = ROOT.parent / "shared" / "spec" / "event.schema.json"


def _section(heading: str) -> str:
    start = CODEBOOK.index(heading)
    end = CODEBOOK.find("\n## ", start + 1)
    return CODEBOOK[start : end if end > 0 else None]


@pytest.mark.parametrize("kind", sorted(SCHEMAS))
def test_export_codebook_names_every_column_of_every_kind(kind):
    section = _section(f"## `{kind}`")
    missing = [c for c in SCHEMAS[kind].names if f"`{c}`" not in section and f"`{c}`" not in
               _section("## Values used in many fields")]  # fmt: skip
    assert not missing, (kind, missing)


@pytest.mark.parametrize("profile", sorted(PROFILES))
def test_export_codebook_names_every_column_of_every_profile(profile):
    section = _section(f"## `events --profile {profile}`")
    missing = [c for c in PROFILES[profile].names if f"`{c}`" not in section]
    assert not missing, (profile, missing)


def test_export_codebook_names_every_column_of_every_view(tmp_path):
    section = _section("## SQL views")
    con = duckdb.connect(located_db(tmp_path), read_only=True)
    for view in VIEWS:
        columns = [d[0] for d in con.execute(f"SELECT * FROM {view} LIMIT 0").description]
        missing = [c for c in columns if f"`{c}`" not in section]
        assert not missing, (view, missing)
    con.close()


def _properties(schema: dict, prefix: str = "") -> set[str]:
    out = set()
    for name, sub in schema.get("properties", {}).items():
        out.add(prefix + name)
        out |= _properties(sub, f"{prefix}{name}.")
        out |= _properties(sub.get("items", {}), f"{prefix}{name}[].")
    return out


@pytest.mark.skipif(not SHARED.exists(), reason="the shared contract is not beside the checkout")
def test_export_packaged_schema_keeps_every_field_of_the_contract():
    shared, packaged = json.loads(SHARED.read_text()), json.loads(PACKAGED.read_text())
    assert _properties(shared) <= _properties(packaged)
    assert shared["required"] == packaged["required"]
    assert shared["$defs"] == packaged["$defs"]


def test_export_events_validate_against_the_packaged_schema(tmp_path):
    schema = json.loads(PACKAGED.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    out = tmp_path / "events.jsonl"
    export("events", located_db(tmp_path), "jsonl", out)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 3
    for record in records:
        errors = [e.message for e in validator.iter_errors(record)]
        assert not errors, errors
    # The schema is not vacuous: a wrong type or a missing field is caught.
    assert list(validator.iter_errors({**records[0], "quad_class": 7}))
    assert list(validator.iter_errors({k: v for k, v in records[0].items() if k != "mentions"}))
