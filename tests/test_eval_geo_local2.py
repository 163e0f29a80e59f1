"""The second own local-news set (`eval/gold/local_news2.yaml`): read like the first, split by
the same fixed hash rule, and printed below the first; the third set (`local_news3.yaml`) is read
and split the same way."""

from __future__ import annotations

import hashlib

import pytest

from realpolitik.eval.geo import LOCAL2_FILE, LOCAL3_FILE, LOCAL4_FILE, format_geo, read_local


@pytest.mark.parametrize(
    "path", [LOCAL2_FILE, LOCAL3_FILE, LOCAL4_FILE], ids=["set2", "set3", "set4"]
)
def test_eval_geo_later_sets_names_sit_at_their_offsets_and_split_by_hash(path):
    articles = read_local(path)
    assert len(articles) >= 40
    for article, part in articles:
        digest = hashlib.sha256(f"local:{article.doc_id}".encode()).digest()
        assert part == ("check" if digest[0] & 1 else "tune")
        for t in article.toponyms:
            assert article.text[t.start : t.end] == t.text
    assert {part for _, part in articles} == {"tune", "check"}


def test_eval_geo_local2_ids_differ_from_the_first_sets():
    first = {a.doc_id for a, _ in read_local()}
    assert not first & {a.doc_id for a, _ in read_local(LOCAL2_FILE)}


def test_eval_geo_report_prints_the_second_set_below_the_first():
    part = {
        "articles": 2, "linked_gold": 10, "accuracy_161km_all_linked": 0.5,
        "detection_overlap": {"precision": 1.0, "recall": 0.6, "f1": 0.75},
        "accuracy_161km": 0.833, "median_error_km": 1.0,
    }  # fmt: skip
    figures = {
        **part,
        "local": {**part},
        "local2": {**part, "check": {**part, "accuracy_161km_all_linked": 0.4}},
    }
    lines = format_geo(figures).splitlines()
    header = next(i for i, line in enumerate(lines) if "set 2" in line)
    assert header > next(i for i, line in enumerate(lines) if "local_news.yaml" in line)
    assert lines[header + 2].split()[:4] == ["check", "2", "10", "0.400"]
