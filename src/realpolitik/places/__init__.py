"""Places: place names resolved to GeoNames and the project's own list of small places.

Needs: a `Document` and its spaCy `Doc`. Adds: `PlaceMention`s (offsets, resolved `Place`).
"""

from realpolitik.places.resolve import Gazetteer, find_places, load_gazetteer

__all__ = ["Gazetteer", "find_places", "load_gazetteer"]
