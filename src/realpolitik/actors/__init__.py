"""Actors: recognise, resolve to the knowledge base, metonymy, dated roles, stated aliases,
lines of succession.

Needs: a `Document` (text, published) and its spaCy `Doc`. Adds: `ActorMention`s (offsets into
the text, resolved actor with country and sector) and `Actor` records for unknown actors.
`find_actors` is imported on first use, so that the analysis can read the lines of succession
(`actors.succession`) without importing spaCy.
"""

from typing import TYPE_CHECKING, Any

from realpolitik.actors.kb import KnowledgeBase, load_kb

if TYPE_CHECKING:
    from realpolitik.actors.recognize import find_actors

__all__ = ["KnowledgeBase", "find_actors", "load_kb"]


def __getattr__(name: str) -> Any:
    if name == "find_actors":
        from realpolitik.actors.recognize import find_actors

        return find_actors
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
