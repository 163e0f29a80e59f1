"""Reading the closed-class word lists of `data/events/` (named YAML lists, two-column TSV groups)."""

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


def read_word_groups(path: Path) -> dict[str, frozenset[str]]:
    """The groups of a two-column word list (header row, then `group` TAB comma-separated
    `words`; `#` lines are comments)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")]
    return {g: frozenset(w.strip() for w in ws.split(",")) for g, ws in rows[1:]}


def read_word_map(path: Path, key: str) -> dict[str, tuple[str, ...]]:
    """The `key` mapping of a YAML file (word -> its words, e.g. a noun -> the verbs it names),
    lower-cased."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {str(k).lower(): tuple(str(v).lower() for v in vs) for k, vs in raw[key].items()}
