"""The own local-news passages (`eval/gold/local_news.yaml`) and their scorer."""

from __future__ import annotations

import hashlib

import pytest

from realpolitik.errors import UsageError
from realpolitik.eval.geo import LOCAL_FILE, read_local, score_local


def test_eval_geo_local_names_sit_at_their_offsets():
    articles = read_local()
    assert len(articles) >= 25
    for article, _ in articles:
        for t in article.toponyms:
            assert article.text[t.start : t.end] == t.text
    scored = [t for a, _ in articles for t in a.toponyms if t.scored]
    assert all(t.lat is not None and -90 <= t.lat <= 90 for t in scored)


def test_eval_geo_local_parts_follow_the_fixed_hash_rule():
    for article, part in read_local():
        digest = hashlib.sha256(f"local:{article.doc_id}".encode()).digest()
        assert part == ("check" if digest[0] & 1 else "tune")
    parts = {part for _, part in read_local()}
    assert parts == {"tune", "check"}


def test_eval_geo_local_ignored_names_are_not_scored():
    ignored = [t for a, _ in read_local() for t in a.toponyms if not t.scored]
    assert ignored and all(t.lat is None for t in ignored)


def test_eval_geo_local_gold_name_missing_from_its_text_names_the_passage(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "passages:\n  - {id: p1, part: tune, text: 'Rain in Akron.', "
        "places: [{name: Canton, lat: 40.8, lon: -81.4}]}\n",
        encoding="utf-8",
    )
    with pytest.raises(UsageError, match="p1.*Canton"):
        read_local(bad)


def test_eval_geo_local_bad_part_is_refused(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "passages:\n  - {id: p2, part: dev, text: 'Rain in Akron.', places: []}\n",
        encoding="utf-8",
    )
    with pytest.raises(UsageError, match="p2.*tune or check"):
        read_local(bad)


@pytest.mark.slow
def test_eval_geo_local_scores_a_passage_of_my_own(tmp_path):
    gold = tmp_path / "one.yaml"
    gold.write_text(
        "passages:\n"
        "  - id: q1\n    part: check\n"
        "    text: 'Snow closed schools in Akron and Cuyahoga Falls on Monday.'\n"
        "    places:\n"
        "      - {name: Akron, lat: 41.0814, lon: -81.519}\n"
        "      - {name: Cuyahoga Falls, lat: 41.1339, lon: -81.4846}\n",
        encoding="utf-8",
    )
    figures = score_local(gold)
    assert figures["check"]["linked_gold"] == 2
    assert figures["check"]["accuracy_161km_all_linked"] == 1.0
    assert figures["tune"]["articles"] == 0


def test_eval_geo_local_file_is_the_packaged_one():
    assert LOCAL_FILE.name == "local_news.yaml" and LOCAL_FILE.is_file()
