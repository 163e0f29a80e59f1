"""The tune parts of the own ACLED gold sets (`eval/gold/acled_own*.yaml`) as training examples.

Round 14 (docs/events-acled.md) lets the ACLED classifier learn from the reports we wrote and
labelled, not only from rules read off them. Only the **tune** part of each set is ever returned:
the check parts stay held out. A report counts as tune only when its file says so (`part: tune`;
own2 is all check by its header) and the set's split rule (`own_part`, prefix the file's stem)
agrees; a report marked tune that the rule puts in check is an error, not a training example.
A tune report whose text is also a check report's (of any set: `acled_own.yaml` holds one 'none'
report that `acled_own2.yaml` repeats in its all-check set) is left out, so that no check text
is ever trained on.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from realpolitik.errors import UsageError
from realpolitik.eval.case import OWN_SETS, read_own
from realpolitik.eval.splits import own_part


def own_tune_reports(sets: Mapping[str, Path] = OWN_SETS) -> list[dict[str, str]]:
    """Every tune report of `sets` (result key -> file) in file order: set, id, text, label."""
    rows = {key: read_own(path) for key, path in sets.items()}
    check_texts = {
        _plain(row["text"]) for part in rows.values() for row in part if row["part"] != "tune"
    }
    out = []
    for key, path in sets.items():
        for row in rows[key]:
            if row["part"] != "tune" or _plain(row["text"]) in check_texts:
                continue
            if own_part(path.stem, row["id"]) != "tune":
                raise UsageError(f"{path}: {row['id']} is marked tune but its split rule says check")
            out.append({"set": key, "id": row["id"], "text": row["text"], "label": row["label"]})
    return out


def _plain(text: str) -> str:
    """A text compared without case or spacing differences."""
    return " ".join(text.lower().split())
