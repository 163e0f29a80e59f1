"""The third own local-news set (`eval/gold/local_news3.yaml`: US, UK, Indian and African local
news): read like the first two (its offsets and split: `test_eval_geo_local2.py`), printed below
the second."""

from __future__ import annotations

from realpolitik.eval.geo import (
    LOCAL2_FILE,
    LOCAL3_FILE,
    LOCAL4_FILE,
    LOCAL_FILE,
    format_geo,
    read_local,
)


def test_eval_geo_local3_ids_differ_from_the_other_sets():
    earlier = {a.doc_id for a, _ in read_local()} | {a.doc_id for a, _ in read_local(LOCAL2_FILE)}
    assert not earlier & {a.doc_id for a, _ in read_local(LOCAL3_FILE)}


def test_eval_geo_report_prints_the_third_set_below_the_second():
    part = {
        "articles": 2, "linked_gold": 10, "accuracy_161km_all_linked": 0.5,
        "detection_overlap": {"precision": 1.0, "recall": 0.6, "f1": 0.75},
        "accuracy_161km": 0.833, "median_error_km": 1.0,
    }  # fmt: skip
    third = {**part, "check": {**part, "accuracy_161km_all_linked": 0.3}}
    figures = {**part, "local": {**part}, "local2": {**part}, "local3": third}
    lines = format_geo(figures).splitlines()
    header = next(i for i, line in enumerate(lines) if "set 3" in line)
    assert header > next(i for i, line in enumerate(lines) if "set 2" in line)
    assert lines[header + 2].split()[:4] == ["check", "2", "10", "0.300"]


def test_eval_geo_local4_ids_differ_from_the_other_sets():
    earlier = {
        a.doc_id for path in (LOCAL_FILE, LOCAL2_FILE, LOCAL3_FILE) for a, _ in read_local(path)
    }
    assert not earlier & {a.doc_id for a, _ in read_local(LOCAL4_FILE)}


def test_eval_geo_report_prints_the_fourth_set_below_the_third():
    part = {
        "articles": 2, "linked_gold": 10, "accuracy_161km_all_linked": 0.5,
        "detection_overlap": {"precision": 1.0, "recall": 0.6, "f1": 0.75},
        "accuracy_161km": 0.833, "median_error_km": 1.0,
    }  # fmt: skip
    fourth = {**part, "tune": {**part, "accuracy_161km_all_linked": 0.4}}
    figures = {**part, "local": part, "local2": part, "local3": part, "local4": fourth}
    lines = format_geo(figures).splitlines()
    header = next(i for i, line in enumerate(lines) if "set 4" in line)
    assert header > next(i for i, line in enumerate(lines) if "set 3" in line)
    assert lines[header + 2].split()[:4] == ["tune", "2", "10", "0.400"]
