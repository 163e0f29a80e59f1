"""The GeoWebNews scorer."""

from __future__ import annotations

import pytest

from realpolitik.eval.geo import haversine_km, read_geowebnews, score_geo


def test_places_haversine_kabul_to_peshawar():
    assert 180 < haversine_km(34.528, 69.172, 34.008, 71.578) < 230


def test_places_geowebnews_offsets_match_their_names(shared_dir):
    articles = read_geowebnews(shared_dir / "data" / "geowebnews" / "GWN.xml")
    assert len(articles) == 200
    for a in articles[:20]:
        assert all(a.text[t.start : t.end] == t.text for t in a.toponyms)


@pytest.mark.slow
def test_places_geo_scorer_runs_on_a_few_articles(shared_dir):
    figures = score_geo(shared_dir / "data" / "geowebnews", limit=5)
    assert figures["articles"] == 5
    assert 0 <= figures["accuracy_161km"] <= 1 and figures["linked_gold"] > 0
    # the fixed parts of `realpolitik.eval.splits` split the same articles
    assert figures["tune"]["articles"] + figures["check"]["articles"] == 5


def test_places_geo_all_gold_accuracy_counts_misses_as_wrong():
    from realpolitik.eval.geo import Article, GoldToponym, _figures, _tally
    from realpolitik.model import Place, PlaceMention

    text = "Rain in Kabul and Herat and Kandahar."
    gold = [
        GoldToponym(8, 13, "Kabul", "Literal", True, 34.53, 69.17),
        GoldToponym(18, 23, "Herat", "Literal", True, 34.35, 62.20),
        GoldToponym(28, 36, "Kandahar", "Literal", True, 31.61, 65.71),
    ]
    right = Place("Kabul", "AFG", 34.52, 69.18, 1138958, "city")
    wrong = Place("Herat", "XXX", 0.0, 0.0, None, "city")  # far away
    predicted = [
        PlaceMention("a", 8, 13, "Kabul", right),
        PlaceMention("a", 18, 23, "Herat", wrong),
        PlaceMention("a", 0, 4, "Rain", right),  # no gold: a false positive
    ]
    figures = _figures([_tally(Article("a", text, gold), predicted)], None)
    assert figures["detection_overlap"]["precision"] == round(2 / 3, 4)
    assert figures["detection_overlap"]["recall"] == round(2 / 3, 4)
    assert figures["accuracy_161km"] == 0.5  # of the two found
    assert figures["accuracy_161km_all_linked"] == round(1 / 3, 4)  # Kandahar missed


def test_places_geo_report_prints_the_headline_figures_per_part():
    from realpolitik.eval.geo import format_geo

    part = {
        "articles": 3, "linked_gold": 40, "accuracy_161km_all_linked": 0.75,
        "detection_overlap": {"precision": 0.9, "recall": 0.8, "f1": 0.847},
        "accuracy_161km": 0.9375, "median_error_km": 0.0,
    }  # fmt: skip
    text = format_geo({**part, "tune": part, "check": {**part, "accuracy_161km_all_linked": 0.7}})
    lines = text.splitlines()
    assert "all-gold acc@161" in lines[1] and "found acc@161" in lines[1]
    tune, check = lines[2].split(), lines[3].split()
    assert tune[0] == "tune" and tune[3:] == ["0.750", "0.900", "0.800", "0.938", "0.0"]
    assert check[0] == "check" and check[3] == "0.700"
