"""Places: place names resolved to GeoNames and the project's own list of small places.

Needs: a `Document` and its spaCy `Doc`. Adds: `PlaceMention`s (offsets, resolved `Place`).
`locate` chooses an event's location among them (used by the events stage). See docs/places.md.
"""

from realpolitik.places.gazetteer import Gazetteer, load_gazetteer
from realpolitik.places.resolve import find_places

__all__ = ["Gazetteer", "find_places", "load_gazetteer"]
