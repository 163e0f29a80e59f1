"""The loader of the own ACLED gold sets' tune parts (training examples of round 14)."""

from __future__ import annotations

from pathlib import Path

import pytest

from realpolitik.errors import UsageError
from realpolitik.eval.acled_own_tune import own_tune_reports
from realpolitik.eval.case import OWN_SETS, read_own
from realpolitik.eval.splits import own_part


def _ids_in(stem: str, part: str, n: int) -> list[str]:
    """The first `n` ids x1, x2, ... that the split rule of file `stem` puts in `part`."""
    found = [f"x{k}" for k in range(200) if own_part(stem, f"x{k}") == part]
    return found[:n]


def _write_set(path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    lines = ["sentences:"]
    for rid, part, label, text in rows:
        lines.append(f'  - {{id: {rid}, part: {part}, label: "{label}", text: "{text}"}}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_only_tune_reports_are_returned(tmp_path: Path) -> None:
    tune_ids = _ids_in("acled_ownx", "tune", 2)
    check_id = _ids_in("acled_ownx", "check", 1)[0]
    path = _write_set(
        tmp_path / "acled_ownx.yaml",
        [
            (tune_ids[0], "tune", "Armed clash", "Rebels and soldiers traded fire all night."),
            (check_id, "check", "Arrests", "Police detained the mayor at his home."),
            (tune_ids[1], "tune", "none", "The two ministers met for talks in Rome."),
        ],
    )
    reports = own_tune_reports({"ownx": path})
    assert [r["id"] for r in reports] == tune_ids
    assert [r["label"] for r in reports] == ["Armed clash", "none"]
    assert {r["set"] for r in reports} == {"ownx"}


def test_a_report_marked_tune_against_the_split_rule_is_refused(tmp_path: Path) -> None:
    check_id = _ids_in("acled_owny", "check", 1)[0]
    path = _write_set(
        tmp_path / "acled_owny.yaml",
        [(check_id, "tune", "Arrests", "Troops arrested three traders at the market.")],
    )
    with pytest.raises(UsageError):
        own_tune_reports({"owny": path})


def test_a_set_written_all_check_gives_nothing(tmp_path: Path) -> None:
    ids = _ids_in("acled_ownz", "tune", 1) + _ids_in("acled_ownz", "check", 1)
    path = _write_set(
        tmp_path / "acled_ownz.yaml",
        [(rid, "check", "Peaceful protest", "Nurses marched to the ministry.") for rid in ids],
    )
    assert own_tune_reports({"ownz": path}) == []


def test_the_shipped_sets_give_no_check_text() -> None:
    reports = own_tune_reports()
    check_texts = {
        r["text"] for path in OWN_SETS.values() for r in read_own(path) if r["part"] == "check"
    }
    assert reports
    # A count, so that a failure prints no check text.
    assert len(check_texts & {r["text"] for r in reports}) == 0


def test_a_tune_report_repeating_a_check_report_of_another_set_is_left_out(
    tmp_path: Path,
) -> None:
    tune_ids = _ids_in("acled_owna", "tune", 2)
    check_id = _ids_in("acled_ownb", "check", 1)[0]
    first = _write_set(
        tmp_path / "acled_owna.yaml",
        [
            (tune_ids[0], "tune", "none", "The finance minister resigned on Monday."),
            (tune_ids[1], "tune", "Arrests", "Soldiers held two journalists overnight."),
        ],
    )
    second = _write_set(
        tmp_path / "acled_ownb.yaml",
        [(check_id, "check", "none", "The finance  minister resigned on monday.")],
    )
    reports = own_tune_reports({"owna": first, "ownb": second})
    assert [r["id"] for r in reports] == [tune_ids[1]]
