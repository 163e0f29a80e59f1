"""Tune and check parts of every dev set, fixed in the repository.

Every scorer reports its figures on both parts: rules, cues, thresholds and trained models are
tuned (and trained) on the tune part only; the quality gate's floors sit on the check part. The
gap between the two is the measure of how much a change learned its examples (`docs/quality.md`).

The part of an item is decided by a hash of the dataset's name and the item's key, so it never
depends on the order of the file, on which other items exist, or on a random generator's state;
a new item lands in one part for good. About half of each set is check.

Keys: PLOVER records by `id`; CASE 2021 snippets by `id`; ECB+ documents by `topic` (a whole
topic, both of its look-alike happenings, is in one part, so the check part holds happenings
never seen while tuning); GeoWebNews articles by their `file` attribute.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import Literal, TypeVar

Part = Literal["tune", "check"]
PARTS: tuple[Part, Part] = ("tune", "check")
DATASETS = ("plover", "case2021", "ecbplus", "geowebnews")

T = TypeVar("T")


def part_of(dataset: str, key: object) -> Part:
    """The part ("tune" or "check") that item `key` of `dataset` belongs to."""
    if dataset not in DATASETS:
        raise ValueError(f"no split defined for dataset {dataset!r}")
    digest = hashlib.sha256(f"{dataset}:{key}".encode()).digest()
    return "check" if digest[0] & 1 else "tune"


def own_part(prefix: str, key: object) -> Part:
    """The fixed part of an item of one of our own gold files: the lowest bit of the first byte
    of sha256(prefix + ":" + key), `prefix` naming the file ("polarity_own", "event_places_own"),
    so that each file has a split of its own."""
    digest = hashlib.sha256(f"{prefix}:{key}".encode()).digest()
    return "check" if digest[0] & 1 else "tune"


def split(dataset: str, items: Iterable[T], key: Callable[[T], object]) -> dict[Part, list[T]]:
    """`items` divided into their tune and check parts, each in input order."""
    parts: dict[Part, list[T]] = {"tune": [], "check": []}
    for item in items:
        parts[part_of(dataset, key(item))].append(item)
    return parts
