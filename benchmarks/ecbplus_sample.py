"""The benchmarks' shared input: the first N ECB+ dev documents, ingested and cleaned.

`stages.py` and `token_stages.py` time stages of whichever `realpolitik` their `--src` puts first
on the path (this checkout or an older release), so the imports happen inside the function,
after the caller has set the path.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any


def cleaned_sample(data: str | Path, n_docs: int) -> list[Any]:
    """The first `n_docs` ECB+ dev documents that clean to status "ok"."""
    from realpolitik.clean import clean_document
    from realpolitik.ingest import read_inputs

    lines = (Path(data) / "ecbplus" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.jsonl"
        sample.write_text("\n".join(lines[:n_docs]) + "\n", encoding="utf-8")
        docs = [clean_document(d) for d in read_inputs([str(sample)], published=None)]
    return [d for d in docs if d.status == "ok"]
