"""The README documents every command, export kind, format and scorer."""

from pathlib import Path

from realpolitik.cli import build_parser
from realpolitik.export import EXPORT_KINDS, FORMATS

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_docs_readme_names_every_command():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name in sub.choices:
        assert f"realpolitik {name}" in README, name


def test_docs_readme_names_every_export_kind_and_format():
    for kind in EXPORT_KINDS:
        assert f"`{kind}`" in README, kind
    for fmt in FORMATS:
        assert fmt in README, fmt


def test_docs_readme_opens_with_the_setup_and_test_commands():
    head = README.splitlines()[:6]
    assert any("scripts/setup.sh" in line for line in head)
    assert any("scripts/test.sh" in line for line in head)


def test_docs_ci_calls_the_readme_test_command():
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text()
    assert "bash scripts/test.sh" in ci
