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
