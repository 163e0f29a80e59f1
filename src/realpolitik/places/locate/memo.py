"""What every sentence of a parsed document asks for, computed once per document."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Doc

from realpolitik.model import PlaceMention

T = TypeVar("T")


def per_document(sdoc: Doc, name: str, places: list[PlaceMention], compute: Callable[[], T]) -> T:
    """`compute()` once per parsed document and its places: kept in the Doc's `user_data`, as
    every sentence of the document asks for it."""
    key = f"realpolitik.{name}.{len(places)}"
    if key not in sdoc.user_data:
        sdoc.user_data[key] = compute()
    found: T = sdoc.user_data[key]
    return found
