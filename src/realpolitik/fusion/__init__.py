"""Fusion: event mentions -> one `Event` per happening; documents -> `Story`s.

Needs: every stored `EventMention` and `Document` (corpus-level: runs over the store).
Adds: `Event`s (with all their mentions, `n_documents`) and `Story`s.
"""

from realpolitik.fusion.events import fuse_events
from realpolitik.fusion.stories import cluster_stories

__all__ = ["cluster_stories", "fuse_events"]
