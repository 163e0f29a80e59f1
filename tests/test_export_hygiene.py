"""Output paths, standard output, report formats and declared dependencies."""

from __future__ import annotations

import ast
import json
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest
from export_fixtures import seed_like_db

from realpolitik.cli import main

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "events", "-o", "{tmp}/missing/out.jsonl"],
        ["export", "events", "--format", "parquet", "-o", "{tmp}/missing/out.parquet"],
        ["report", "-o", "{tmp}/missing/brief.md"],
        ["network", "-o", "{tmp}/missing/net.gexf"],
        ["export", "events", "-o", "{tmp}"],
        ["report", "-o", "{tmp}/folder.html"],
    ],
)
def test_export_output_into_a_missing_folder_or_onto_a_folder_exits_2(tmp_path, capsys, argv):
    db = seed_like_db(tmp_path)
    (tmp_path / "folder.html").mkdir()
    code = main([a.format(tmp=tmp_path) for a in argv] + ["--db", db])
    err = capsys.readouterr().err
    assert code == 2
    assert "Traceback" not in err and ("no such folder" in err or "is a folder" in err)


def test_export_report_refuses_pdf(tmp_path, capsys):
    db = seed_like_db(tmp_path)
    assert main(["report", "--db", db, "-o", str(tmp_path / "brief.pdf")]) == 2
    assert ".html or .md" in capsys.readouterr().err
    assert not (tmp_path / "brief.pdf").exists()


@pytest.mark.parametrize("command", [["export", "events"], ["export", "actors", "--format", "csv"],
                                     ["report"]])  # fmt: skip
def test_export_dash_means_standard_output(tmp_path, capsys, monkeypatch, command):
    db = seed_like_db(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert main([*command, "--db", db, "-o", "-"]) == 0
    out = capsys.readouterr().out
    assert not (tmp_path / "-").exists()
    assert out.strip()
    if command[1:] == ["events"]:
        assert all(json.loads(line)["event_id"] for line in out.splitlines())


def test_export_filters_on_the_command_line(tmp_path, capsys):
    db = seed_like_db(tmp_path)
    assert main(["export", "events", "--db", db, "--type", "ASSAULT", "--country", "PAK"]) == 0
    ids = [json.loads(line)["event_id"] for line in capsys.readouterr().out.splitlines()]
    assert ids == ["e06", "e10"]  # a Taliban clash and a TTP (Pakistani group) attack
    assert main(["export", "events", "--db", db, "--since", "yesterday"]) == 2
    assert "--since" in capsys.readouterr().err


def _imports() -> set[str]:
    names = set()
    for path in (ROOT / "src" / "realpolitik").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return {n for n in names if n not in sys.stdlib_module_names and n != "realpolitik"}


def _name(requirement: str) -> str:
    for sep in ("==", ">=", "<=", "~=", ">", "<", "[", " "):
        requirement = requirement.split(sep)[0]
    return requirement.strip().lower().replace("_", "-")


def test_export_runtime_dependencies_are_exactly_what_the_code_imports():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {_name(r) for r in project["dependencies"]}
    # The English pipeline is installed apart, pinned by hash (requirements-model.txt).
    model = {
        _name(line) for line in (ROOT / "requirements-model.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    }  # fmt: skip
    dists = packages_distributions()
    used = {_name(d) for m in _imports() for d in dists.get(m, [m])}
    assert used - model <= declared, f"imported but not declared: {used - model - declared}"
    assert declared <= used, f"declared but never imported: {declared - used}"
    dev = {_name(r) for r in project["optional-dependencies"]["dev"]}
    assert "jsonschema" in dev and "jsonschema" not in declared
