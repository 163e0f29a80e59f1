"""The report takes the same filters as export and network."""

from __future__ import annotations

from export_fixtures import seed_like_db

from realpolitik.cli import main
from realpolitik.query import Filters
from realpolitik.report.brief import render_report


def test_report_filters_keep_only_matching_events(tmp_path):
    db = seed_like_db(tmp_path)
    everything = render_report(db)
    only_2021 = render_report(db, filters=Filters(until="2021"))
    assert "Torkham" in everything and "Torkham" not in only_2021
    assert "1 events" in only_2021 and "COOPERATE: Turkey, Azerbaijan, Pakistan" in only_2021


def test_report_cli_filters_and_html(tmp_path, capsys):
    db = seed_like_db(tmp_path)
    out = tmp_path / "brief.html"
    assert main(["report", "--db", db, "-o", str(out), "--actor", "Taliban", "--type", "ASSAULT"]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.lstrip().lower().startswith("<!doctype html") and "Three Brothers" not in text
    assert main(["report", "--db", db, "--polarity", "sure"]) == 2
