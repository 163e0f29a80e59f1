"""Ingest: read every input format of the contract into `Document`s (streaming).

Needs: paths (files, folders, `-` for JSONL on stdin). Adds: `Document`s with `doc_id`, `source`,
`raw` (text as read; for html the extracted article text), `title`, `url`, `published`, `outlet`,
`language` where the input gives them. Rejected inputs come out as documents with
`status="rejected"` and a `reason`; they are never raised.
"""

from realpolitik.ingest.readers import check_inputs, read_inputs

__all__ = ["check_inputs", "read_inputs"]
