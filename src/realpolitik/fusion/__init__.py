"""Fusion: event mentions -> one `Event` per happening; documents -> `Story`s.

Needs: the stored `EventMention`s and `Document`s (corpus-level: runs over the store).
Adds: `Event`s (with all their mentions, `n_documents`) and `Story`s.

Blocked, so the work grows with the corpus, not its square: events by type family, participant
country and a 30-day window (`events`, `cluster.WINDOW_DAYS`), stories by rare shared features
within 30 days of publication (`story_graph`), with document frequencies per 10-day epoch
(`story_features`). `incremental` re-fuses only the region that documents added since the last
fusion touch (stories exactly as a full clustering, over the stored story graph);
`pipeline.fuse` picks it or a full re-fuse.
"""

from realpolitik.fusion.events import fuse_events
from realpolitik.fusion.stories import cluster_stories

__all__ = ["cluster_stories", "fuse_events"]
