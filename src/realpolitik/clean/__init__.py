"""Clean: strip page furniture and spam, re-join wrapped lines, identify language, mark duplicates.

Needs: `Document.raw`. Adds: `Document.text`, `language`, `content_hash`, and `status`/`reason`
(`rejected` when empty or not English), `duplicate_of` (exact or near duplicates).
"""

from realpolitik.clean.cleaner import clean_document
from realpolitik.clean.dedup import DuplicateIndex

__all__ = ["DuplicateIndex", "clean_document"]
