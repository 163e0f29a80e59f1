"""Place resolution (placeholder: the places work replaces this)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from realpolitik.model import ActorMention, Document, PlaceMention


class Gazetteer:
    pass


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    return Gazetteer()


def find_places(
    doc: Document, sdoc: Doc, gazetteer: Gazetteer, actors: list[ActorMention]
) -> list[PlaceMention]:
    return []
