"""Great-circle distances between points and gazetteer entries (the haversine formula)."""

from __future__ import annotations

import math
from typing import Protocol

EARTH_RADIUS_KM = 6371.0


class _Point(Protocol):
    @property
    def lat(self) -> float: ...

    @property
    def lon(self) -> float: ...


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Kilometres between two (latitude, longitude) points in degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def km_between(a: _Point, b: _Point) -> float:
    """Kilometres between two things with `lat` and `lon` (gazetteer entries, places)."""
    return haversine_km(a.lat, a.lon, b.lat, b.lon)
