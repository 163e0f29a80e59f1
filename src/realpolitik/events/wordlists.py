"""Reading the closed-class word lists of `data/events/*.yaml`."""

from __future__ import annotations

from pathlib import Path

import yaml


def read_word_sets(path: Path, lower: bool = True) -> dict[str, frozenset[str]]:
    """Every list of a YAML file of named word lists, as frozen sets (lower-cased by default)."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {
        name: frozenset(str(w).lower() if lower else str(w) for w in words)
        for name, words in raw.items()
    }
