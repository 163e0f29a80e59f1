"""Actors: recognise, resolve to the knowledge base, metonymy, dated roles.

Needs: a `Document` (text, published) and its spaCy `Doc`. Adds: `ActorMention`s (offsets into
the text, resolved actor with country and sector) and `Actor` records for unknown actors.
"""

from realpolitik.actors.kb import KnowledgeBase, load_kb
from realpolitik.actors.recognize import find_actors

__all__ = ["KnowledgeBase", "find_actors", "load_kb"]
