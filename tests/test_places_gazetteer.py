"""The gazetteer and the project's place lists (no spaCy model needed)."""

from __future__ import annotations

from collections import Counter

from realpolitik.places import load_gazetteer
from realpolitik.places.gazetteer import DATA_DIR, tsv_rows
from realpolitik.places.names import name_key
from realpolitik.places.resolve import score

PRECISIONS = {"point", "city", "admin1", "country", "region"}


def test_places_name_key_normalises_spelling():
    assert name_key("the U.S.") == name_key("US")
    assert name_key("Wesh\u2013Chaman") == name_key("Wesh-Chaman")
    assert name_key("Kabul's") == "kabul"
    assert name_key("Ḩadīqat") == "hadiqat"


def test_places_small_place_list_is_sourced_and_well_formed():
    rows = list(tsv_rows("small_places.tsv"))
    assert len(rows) > 30
    for name, _aliases, _kind, country, _admin1, lat, lon, precision, gid, source in rows:
        assert name and source, name
        assert -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180, name
        assert precision in PRECISIONS, name
        assert country == "" or len(country) == 3, name
        assert gid == "" or gid.isdigit(), name
    assert (DATA_DIR / "README.md").exists()


def test_places_torkham_comes_from_our_list():
    (entry, by_primary), *_ = load_gazetteer().lookup("Torkham")
    assert entry.kind == "small" and by_primary
    assert entry.country == "AFG"
    assert abs(entry.lat - 34.1) < 0.1 and abs(entry.lon - 71.09) < 0.1


def test_places_countries_have_geonames_points():
    gaz = load_gazetteer()
    pakistan = gaz.countries["PAK"]
    assert (pakistan.lat, pakistan.lon) == (30.0, 70.0)
    assert pakistan.precision == "country" and pakistan.geonames_id == 1168579
    # every country has a point: its own, or its capital's
    assert all(e.lat is not None for e in gaz.countries.values())
    # "U.S." is also the key of Us, a French commune of 1,300 people: the country must win.
    cands = gaz.lookup("U.S.")
    assert "United States" in {e.name for e, _ in cands}
    best = max(cands, key=lambda c: score(c[0], c[1], Counter()))[0]
    assert best.kind == "country" and best.country == "USA"


def test_places_seed_cities_are_in_the_gazetteer():
    gaz = load_gazetteer()
    for name, country in [
        ("Dushanbe", "TJK"), ("Kabul", "AFG"), ("Peshawar", "PAK"), ("Munich", "DEU"),
        ("Islamabad", "PAK"), ("Rawalpindi", "PAK"), ("Baku", "AZE"),
    ]:  # fmt: skip
        assert any(e.country == country and e.kind == "city" for e, _ in gaz.lookup(name)), name
