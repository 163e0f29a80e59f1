"""README's examples run as written (the slow test runs them all on the seeds)."""

from __future__ import annotations

import re
import shlex
import subprocess
from pathlib import Path

import pytest

from realpolitik.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCK = re.compile(r"```(bash|python)\n(.*?)```", re.S)


def _blocks(lang: str) -> list[str]:
    # Blocks that set the machine up or run the test suite are left out: CI runs those itself.
    return [code for kind, code in BLOCK.findall(README) if kind == lang and "scripts/" not in code]


def _command_lines() -> list[str]:
    text = "\n".join(_blocks("bash")).replace("\\\n", " ")
    return [ln.split("|")[-1].strip() if "| .venv" in ln else ln.strip()
            for ln in text.splitlines() if ".venv/bin/realpolitik" in ln]  # fmt: skip


def test_readme_command_examples_parse():
    lines = _command_lines()
    assert len(lines) >= 10
    parser = build_parser()
    for line in lines:
        argv = shlex.split(line[line.index(".venv/bin/realpolitik") :], comments=True)[1:]
        parser.parse_args(argv)  # a usage error raises


@pytest.mark.slow
def test_readme_examples_run_as_written(tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    (work / ".venv").symlink_to(ROOT / ".venv")
    (tmp_path / "shared").symlink_to(ROOT.parent / "shared")

    def sh(code: str, lang: str = "bash") -> None:
        argv = ["bash", "-euo", "pipefail", "-c", code] if lang == "bash" else [
            str(work / ".venv" / "bin" / "python"), "-c", code]  # fmt: skip
        done = subprocess.run(argv, cwd=work, capture_output=True, text=True, timeout=900)
        assert done.returncode == 0, (code, done.stdout[-2000:], done.stderr[-4000:])
        assert "Traceback" not in done.stderr, done.stderr

    # What `bash scripts/setup.sh` does after installing: the seeds database the examples use.
    sh(".venv/bin/realpolitik run ../shared/seeds --db seeds.duckdb")
    for code in _blocks("bash"):
        sh(code)
    for code in _blocks("python"):
        sh(code, "python")
    assert (work / "acled.csv").read_text(encoding="utf-8").startswith("event_id,event_date,")
    assert (work / "network.gexf").exists() and (work / "brief-pak.md").exists()
