"""The ACLED and GDELT profiles: column meanings, codes and the Goldstein scale."""

from __future__ import annotations

import pyarrow.parquet as pq
from export_fixtures import located_db

from realpolitik.export import export
from realpolitik.export.profiles import goldstein, goldstein_scale


def _rows(tmp_path, profile):
    out = tmp_path / f"{profile}.parquet"
    export("events", located_db(tmp_path), "parquet", out, profile=profile)
    return {r["event_id"]: r for r in pq.read_table(out).to_pylist()}


def test_export_goldstein_uses_the_full_code_then_the_root():
    assert goldstein("195", "19") == -10.0  # the full code's own value
    assert goldstein("0311", "03") == 5.2
    assert goldstein("0399", "03") == 5.0  # unknown code: its base code (039)
    assert goldstein("0999", "09") == -2.0  # nor its base: its root
    assert goldstein(None, "04") == 1.0
    assert goldstein(None, None) is None


def test_export_goldstein_table_covers_every_cameo_root():
    scale = goldstein_scale()
    assert all(f"{root:02d}" in scale for root in range(1, 21))
    assert all(-10 <= v <= 10 for v in scale.values())


def test_export_gdelt_profile_columns(tmp_path):
    rows = _rows(tmp_path, "gdelt")
    strike, talks, undated = rows["g1"], rows["g2"], rows["g3"]
    assert strike["SQLDATE"] == 20230714 and strike["MonthYear"] == 202307
    assert strike["EventCode"] == "195" and strike["EventRootCode"] == "19"
    assert strike["GoldsteinScale"] == -10.0 and strike["QuadClass"] == 4
    assert strike["Actor1Code"] == "AFGGOV" and strike["Actor2Name"] == "Tehrik-i-Taliban Pakistan"
    assert strike["NumMentions"] == 2 and strike["NumArticles"] == 2
    assert strike["ActionGeo_CountryCode"] == "AF"  # FIPS 10-4, as GDELT
    assert strike["ActionGeo_Lat"] == 33.3395 and strike["SOURCEURL"].startswith("https://")
    assert talks["EventCode"] == "04" and talks["GoldsteinScale"] == 1.0
    assert undated["SQLDATE"] is None and undated["GoldsteinScale"] == -2.0


def test_export_acled_profile_columns(tmp_path):
    rows = _rows(tmp_path, "acled")
    strike = rows["g1"]
    assert str(strike["event_date"]) == "2023-07-14" and strike["year"] == 2023
    assert strike["time_precision"] == 1
    assert strike["event_type"] == "Explosions/Remote violence"
    assert (strike["actor1"], strike["inter1"]) == ("Taliban", 1)  # GOV: state forces
    assert (strike["actor2"], strike["inter2"]) == ("Tehrik-i-Taliban Pakistan", 2)  # TER: rebels
    assert strike["interaction"] == 12
    assert strike["country"] == "Afghanistan" and strike["iso"] == 4 and strike["iso3"] == "AFG"
    assert strike["admin1"] == "Khowst" and strike["geo_precision"] == 1
    assert strike["fatalities"] == 3 and strike["source"] == "Example News"
    assert strike["n_documents"] == 2 and strike["plover_type"] == "ASSAULT"
    assert rows["g3"]["event_date"] is None and rows["g3"]["time_precision"] is None


def test_export_acled_state_without_sector_is_state_forces(tmp_path):
    rows = _rows(tmp_path, "acled")
    talks = rows["g2"]  # Pakistan (no sector) consults Tajikistan (no sector)
    assert (talks["inter1"], talks["inter2"], talks["interaction"]) == (1, 1, 11)
