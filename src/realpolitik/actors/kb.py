"""The actor knowledge base (placeholder: the actors work builds it from data files)."""

from __future__ import annotations

from functools import lru_cache

from realpolitik.model import Actor


class KnowledgeBase:
    def __init__(self, actors: list[Actor]) -> None:
        self.actors = {a.actor_id: a for a in actors}

    def get(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def all(self) -> list[Actor]:
        return list(self.actors.values())


@lru_cache(maxsize=1)
def load_kb() -> KnowledgeBase:
    return KnowledgeBase([])
